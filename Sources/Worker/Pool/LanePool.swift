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

    private let threads: Int
    private let launch: ChildLaunch
    private let queue: WorkQueue<Job>
    private let done = DispatchGroup()
    private let fatal = Locked<Error?>(nil)
    private let nextID = Locked(0)

    /// A pool of `threads` lanes over `queue`.
    init(threads: Int, launch: ChildLaunch, queue: WorkQueue<Job>) {
        self.threads = max(1, threads)
        self.launch = launch
        self.queue = queue
    }

    /// Starts the lanes. `request` builds a job's request (given a fresh id); `handle` is called
    /// on the lane's thread with the outcome and says whether to retry.
    func start(
        request: @escaping @Sendable (Job, Int) -> ChildRequest,
        handle: @escaping @Sendable (Job, EngineLane.Outcome) -> Disposition
    ) {
        for index in 0..<threads {
            done.enter()
            let thread = Thread { [self] in
                defer { done.leave() }
                let lane = EngineLane(launch: launch)
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
