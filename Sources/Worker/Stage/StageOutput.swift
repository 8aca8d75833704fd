import Foundation

/// Writes a stage's result lines to stdout: in input order (holding early finishers until the
/// lines before them are out) or as they finish; each line is written whole with one call so
/// a reader downstream never sees a partial line. Releases one window slot per line written,
/// which is what bounds the stage's memory.
final class StageOutput: Sendable {
    private struct Pending {
        var next = 0
        var held: [Int: String] = [:]
    }

    private let ordered: Bool
    private let window: Slots
    private let pending = Locked(Pending())

    init(ordered: Bool, window: Slots) {
        self.ordered = ordered
        self.window = window
    }

    /// Hands over the line for input `sequence`.
    func deliver(_ line: String, sequence: Int) {
        pending.withLock { state in
            guard ordered else {
                Self.write(line)
                window.give()
                return
            }
            state.held[sequence] = line
            while let ready = state.held.removeValue(forKey: state.next) {
                Self.write(ready)
                state.next += 1
                window.give()
            }
        }
    }

    private static func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                // Downstream closed the pipe: nobody reads what follows.
                exit(0)
            }
            written += count
        }
    }
}
