import Foundation

/// N lane threads, each owning one worker process, taking jobs from one queue until it is
/// drained. The supervisor holds no engine: every figure is read in a worker process.
final class LanePool<Job: Sendable>: Sendable {
    /// What to do with a job after its outcome was handled.
    enum Disposition: Sendable {
        /// Done with it (succeeded or failed for good).
        case finished
        /// Try it again (in a fresh worker process) with this updated job.
        case retry(Job)
    }

    private let queue: WorkQueue<Job>
    /// One per lane thread. Each is used by the thread that calls `startWorkers()`,
    /// `start(...)` or `discard()` until `start` hands it to its lane thread, and only by that
    /// thread after, so no lane is ever used by two threads at once.
    nonisolated(unsafe) private let lanes: [EngineLane]
    private let done = DispatchGroup()
    private let fatal = Locked<Error?>(nil)
    private let nextID = Locked(0)

    /// A pool of `threads` lanes over `queue`.
    init(threads: Int, launch: ChildLaunch, queue: WorkQueue<Job>) {
        self.lanes = (0..<max(1, threads)).map { _ in EngineLane(launch: launch) }
        self.queue = queue
    }

    /// Worker processes started so far, replacements included. Read it after `wait()` has
    /// returned true or after `discard()`, when no lane thread runs.
    var workersStarted: Int { lanes.reduce(0) { $0 + $1.processesStarted } }

    /// Starts every lane's worker process now; their engines load while the caller goes on.
    func startWorkers() {
        for lane in lanes { lane.startWorker() }
    }

    /// Shuts down the workers of a pool that will not be started.
    func discard() {
        for lane in lanes { lane.shutDown() }
    }

    /// Starts the lanes, or only the first `count` (the others' workers are shut down).
    /// `request` builds a job's request (given a fresh id); `handle` is called on the lane's
    /// thread with the outcome and says whether to retry.
    func start(
        lanes count: Int? = nil,
        request: @escaping @Sendable (Job, Int) -> ChildRequest,
        handle: @escaping @Sendable (Job, EngineLane.Outcome) -> Disposition
    ) {
        let used = max(1, min(count ?? lanes.count, lanes.count))
        for lane in lanes[used...] { lane.shutDown() }
        for index in 0..<used {
            let lane = LaneHandOver(lanes[index])
            done.enter()
            let thread = Thread { [self] in
                defer { done.leave() }
                let lane = lane.lane
                defer { lane.shutDown() }
                while let job = queue.next() {
                    let id = nextID.withLock { value -> Int in
                        value += 1
                        return value
                    }
                    do {
                        switch handle(job, try lane.perform(request(job, id))) {
                        case .finished: queue.finished()
                        case let .retry(again): queue.retry(again)
                        }
                    } catch {
                        fatal.withLock { if $0 == nil { $0 = error } }
                        queue.finished()
                        queue.stop()
                    }
                }
            }
            thread.name = "ocr-worker lane \(index)"
            thread.start()
        }
    }

    /// Waits until every lane has stopped, at most `timeout`; true when they all did.
    func wait(timeout: Duration? = nil) -> Bool {
        guard let timeout else {
            done.wait()
            return true
        }
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        return done.wait(timeout: .now() + .nanoseconds(Int(nanoseconds))) == .success
    }

    /// The error that stopped the pool (no worker could start), if any.
    var fatalError: Error? { fatal.withLock { $0 } }
}

/// Carries a lane into the thread that owns it from then on (see `LanePool.lanes`).
private struct LaneHandOver: @unchecked Sendable {
    let lane: EngineLane
    init(_ lane: EngineLane) { self.lane = lane }
}
