import Foundation

/// Counts a run's progress across the lane threads and tells people: a line redrawn in place
/// when stderr is a terminal (done/total, figures per second, ETA), a log line now and then
/// when it is not.
final class BatchProgress: Sendable {
    private struct Tally {
        var finished = 0
        var failed = 0
        var genes = 0
        var lost = 0
    }

    private let total: Int
    private let started = ContinuousClock.now
    private let live: Bool
    private let interval: Double
    private let tally = Locked(Tally())
    private let lastLog = Locked(ContinuousClock.now)
    private let log: @Sendable (String) -> Void

    init(total: Int, live: Bool, interval: Double, log: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.live = live
        self.interval = interval
        self.log = log
    }

    func figureDone(genes: Int) { tally.withLock { $0.finished += 1; $0.genes += genes } }
    func figureFailed() { tally.withLock { $0.finished += 1; $0.failed += 1 } }
    func workerLost() { tally.withLock { $0.lost += 1 } }

    var genes: Int { tally.withLock { $0.genes } }
    var workersLost: Int { tally.withLock { $0.lost } }

    /// Called about twice a second by the supervisor's main thread.
    func tick() {
        if live {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line())".utf8))
            return
        }
        let due = lastLog.withLock { last -> Bool in
            guard Seconds(since: last) >= interval else { return false }
            last = ContinuousClock.now
            return true
        }
        if due { log(line()) }
    }

    /// Ends the live line.
    func finish() {
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func line() -> String {
        let now = tally.withLock { $0 }
        let elapsed = Seconds(since: started)
        let rate = elapsed > 0 ? Double(now.finished) / elapsed : 0
        let left = total - now.finished
        let eta = rate > 0 ? Self.duration(Double(left) / rate) : "?"
        return "batch: \(now.finished)/\(total) (\(now.failed) failed), \(String(format: "%.1f", rate)) figures/s, ETA \(eta)"
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h\(String(format: "%02d", (whole % 3600) / 60))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole)s"
    }
}
