import Foundation

/// The jobs waiting for a lane, shared by the lane threads and whoever feeds them: bounded (a
/// feeder blocks when it is full, which is the stage's backpressure), and drained only when it
/// is closed, empty and no job handed out can still come back for another attempt.
final class WorkQueue<Job: Sendable>: @unchecked Sendable {
    // Unchecked: all state is guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var head = 0
    private var handedOut = 0
    private var closed = false
    private var stopped = false
    private let capacity: Int

    /// A queue holding at most `capacity` waiting jobs.
    init(capacity: Int = .max) {
        self.capacity = capacity
    }

    /// Adds a job, waiting while the queue is full; false when the queue was stopped or closed.
    @discardableResult
    func push(_ job: Job) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while jobs.count - head >= capacity && !stopped && !closed { condition.wait() }
        guard !stopped && !closed else { return false }
        jobs.append(job)
        condition.broadcast()
        return true
    }

    /// Puts a job that was handed out back for another attempt (not bounded: it was already in).
    func retry(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        if !stopped { jobs.append(job) }
        handedOut -= 1
        condition.broadcast()
    }

    /// The next job, waiting for one; nil once the queue is drained or stopped.
    func next() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopped { return nil }
            if head < jobs.count {
                let job = jobs[head]
                head += 1
                if head > 1024 && head * 2 > jobs.count {
                    jobs.removeFirst(head)
                    head = 0
                }
                handedOut += 1
                condition.broadcast()
                return job
            }
            if closed && handedOut == 0 { return nil }
            condition.wait()
        }
    }

    /// Marks a handed-out job finished.
    func finished() {
        condition.lock()
        defer { condition.unlock() }
        handedOut -= 1
        condition.broadcast()
    }

    /// No more jobs will be pushed.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    /// Drops every waiting job and wakes everyone (a fatal error: nothing more can succeed).
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        jobs.removeAll()
        head = 0
        condition.broadcast()
    }
}
