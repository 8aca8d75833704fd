import Foundation
import Records

/// Runs one batch: takes the state's lock, takes back what a dead run left, plans (skipping
/// figures done with the same identity), reads the rest in supervised worker processes, and
/// writes the summary. Every state change is its own transaction, after the outputs are in
/// place, so a `kill -9` anywhere loses nothing and the next run only redoes unfinished figures.
public struct BatchRunner: Sendable {
    /// The run's options.
    public let options: BatchOptions
    private let log: @Sendable (String) -> Void

    /// A runner; `log` prints one line for people (stderr).
    public init(options: BatchOptions, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    /// Runs the batch and returns its summary. Throws `lockHeld` when another run holds the
    /// state (unless waiting), `EngineUnavailable` when no worker can load the engine, and
    /// `stateUnavailable`/`outputNotWritable` failures.
    public func run() throws -> BatchSummary {
        let started = ContinuousClock.now
        let lock = try StateLock(statePath: options.statePath, wait: options.wait, waiting: { log("batch: \($0)") })
        defer { withExtendedLifetime(lock) {} }
        try createOutputFolder()
        let store = try StateStore(path: options.statePath)
        var summary = BatchSummary()
        summary.statePath = options.statePath
        summary.takenBack = try store.takeBackRunning()
        StaleTemporaryFiles.remove(in: options.out)
        let runID = try store.startRun(arguments: options.commandLine)

        let inputs: [BatchInput]
        switch options.source {
        case let .images(folder): inputs = try BatchInput.scan(folder: folder, excluding: options.out)
        case let .manifest(path): inputs = try BatchInput.read(manifest: path)
        }
        let doneEarlier = try store.allRows().filter { $0.status == FigureStatus.done.rawValue }
        let namesInUse = doneEarlier.reduce(into: [String: String]()) { names, row in
            if let figid = row.figid, !figid.isEmpty { names[figid] = row.imagePath }
        }
        // The workers start before planning, which reads and hashes every image and record:
        // their engines load meanwhile (20-30 ms each, which each lane waited for after planning
        // before). Only when some input is not done yet, so a rerun over a finished folder
        // starts none; a plan with fewer jobs than workers shuts the extra ones down.
        let done = Set(doneEarlier.map(\.imagePath))
        let notDone = Set(inputs.lazy.map(\.image).filter { !done.contains($0) }).count
        let queue = WorkQueue<BatchJob>()
        let pool = notDone == 0 ? nil : LanePool<BatchJob>(threads: min(options.jobs, notDone), launch: options.launch, queue: queue)
        pool?.startWorkers()

        let planned = BatchPlanner(options: options).plan(inputs, namesInUse: namesInUse)
        let plan = try store.plan(planned, runID: runID, retryFailed: options.retryFailed)
        summary.total = planned.count
        summary.skipped = plan.skipped
        let jobs = BatchJob.grouping(plan.work)
        log("batch: \(planned.count) figures: \(plan.work.count) to read, \(plan.skipped) already done, \(plan.failed.count) failed (earlier, or before reading); \(options.jobs) workers")

        let progress = BatchProgress(total: plan.work.count, live: options.liveProgress, interval: options.logInterval, log: log)
        if jobs.isEmpty {
            pool?.discard()
            summary.workersStarted = pool?.workersStarted ?? 0
        } else {
            let pool = pool ?? LanePool(threads: min(options.jobs, jobs.count), launch: options.launch, queue: queue)
            try run(jobs, in: pool, queue: queue, store: store, progress: progress)
            summary.workersStarted = pool.workersStarted
        }
        progress.finish()
        // Again at the end: a worker orphaned by a killed earlier run may have died mid-write
        // after the first sweep.
        StaleTemporaryFiles.remove(in: options.out)

        let failedRows = try store.failures()
        let inputPaths = Set(planned.map(\.imagePath))
        summary.failed = failedRows.filter { inputPaths.contains($0.imagePath) }.map {
            BatchSummary.Failure(image: $0.imagePath, code: $0.errorCode ?? "unknown", message: $0.errorMessage ?? "", attempts: $0.attempts)
        }
        let rows = try store.allRows().filter { $0.runID == runID && $0.status == FigureStatus.done.rawValue && inputPaths.contains($0.imagePath) }
        summary.done = rows.count
        summary.genes = progress.genes
        summary.workersLost = progress.workersLost
        summary.seconds = Seconds(since: started)
        let json = JSONWriter.string(summary.json, pretty: true) + "\n"
        try store.finishRun(runID, summary: json)
        var file = AtomicFileSet(folder: options.out)
        file.add("batch-summary.json", text: json)
        try file.commit()
        return summary
    }

    private func createOutputFolder() throws {
        do {
            try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        } catch {
            throw RecordError(.outputNotWritable, "\(options.out): cannot create the output folder (\(error.localizedDescription))")
        }
    }

    private func run(_ jobs: [BatchJob], in pool: LanePool<BatchJob>, queue: WorkQueue<BatchJob>, store: StateStore, progress: BatchProgress) throws {
        for job in jobs { queue.push(job) }
        queue.close()
        let out = options.out
        let maxAttempts = options.attempts
        let log = self.log
        pool.start(
            lanes: jobs.count,
            request: { job, id in
                do { try store.markRunning(job.entries.map(\.id)) } catch { log("batch: \(error)") }
                let targets = job.entries.map {
                    ChildRequest.Target(image: $0.figure.imagePath, recordPath: $0.figure.recordPath, figid: $0.figure.outputName, warnings: $0.figure.warnings)
                }
                return ChildRequest(id: id, targets: targets, out: out, emit: false)
            },
            handle: { job, outcome in
                do {
                    switch outcome {
                    case let .replied(reply):
                        for (entry, result) in zip(job.entries, reply.results) {
                            if result.succeeded {
                                try store.markDone(entry.id, figid: result.figid ?? "", outputs: result.outputs, tokens: result.tokens, genes: result.genes, seconds: result.seconds)
                                progress.figureDone(genes: result.genes)
                            } else {
                                // The worker read it and said why not: another attempt would say the same.
                                try store.markAttemptFailed(entry.id, code: result.code ?? "internal-error", message: result.message ?? "", final: true)
                                progress.figureFailed()
                            }
                        }
                        return .finished
                    case let .lost(error):
                        progress.workerLost()
                        var again: [(id: Int64, figure: PlannedFigure)] = []
                        for entry in job.entries {
                            let attempts = try store.attempts(entry.id) + 1
                            let final = attempts >= maxAttempts
                            try store.markAttemptFailed(entry.id, code: error.code.name, message: error.message, final: final)
                            if final { progress.figureFailed() } else { again.append(entry) }
                        }
                        log("batch: \(error.message)" + (again.isEmpty ? "; giving up after \(maxAttempts) attempts" : "; will try again in a fresh worker"))
                        return again.isEmpty ? .finished : .retry(BatchJob(entries: again))
                    }
                } catch {
                    log("batch: \(error)")
                    return .finished
                }
            }
        )
        while !pool.wait(timeout: .milliseconds(500)) { progress.tick() }
        if let fatal = pool.fatalError { throw fatal }
    }
}
