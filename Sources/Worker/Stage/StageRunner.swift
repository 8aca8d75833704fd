import Foundation
import Records

/// Runs a pipeline stage: NDJSON jobs on stdin, one enriched-record JSON line (or an error
/// line) per input line on stdout, read by the worker pool in parallel. Memory stays bounded:
/// at most `window` lines are between being read and being written, and reading waits for room.
/// SIGTERM or end of input: what was read is finished and written, then it returns.
public struct StageRunner: Sendable {
    /// Options of a stage.
    public struct Options: Sendable {
        /// Folder that relative image paths and bare records' `filename` are resolved against.
        public var imagesFolder: String?
        /// Folder of records for lines that give only an image.
        public var recordsFolder: String?
        /// Folder to also write the enriched files to, or nil.
        public var out: String?
        /// Completion order instead of input order.
        public var unordered: Bool
        /// Worker processes.
        public var jobs: Int
        /// Attempts per figure when its worker is lost.
        public var attempts: Int
        /// Whether a figure without a record is an error.
        public var requireRecord: Bool
        /// How workers start.
        public var launch: ChildLaunch

        /// Options from their parts.
        public init(imagesFolder: String?, recordsFolder: String?, out: String?, unordered: Bool, jobs: Int, attempts: Int, requireRecord: Bool, launch: ChildLaunch) {
            self.imagesFolder = imagesFolder
            self.recordsFolder = recordsFolder
            self.out = out
            self.unordered = unordered
            self.jobs = jobs
            self.attempts = attempts
            self.requireRecord = requireRecord
            self.launch = launch
        }
    }

    private let options: Options
    private let log: @Sendable (String) -> Void

    /// A stage; `log` prints one line for people (stderr).
    public init(options: Options, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    /// Runs until end of input or SIGTERM; throws `EngineUnavailable` when no worker can start.
    public func run() throws {
        let window = Slots(max(4, options.jobs * 4))
        let output = StageOutput(ordered: !options.unordered, window: window)
        let queue = WorkQueue<StageJob>(capacity: max(2, options.jobs * 2))
        let inputDone = DispatchSemaphore(value: 0)

        signal(SIGPIPE, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let terminate = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        terminate.setEventHandler {
            queue.close()
            inputDone.signal()
        }
        terminate.resume()
        defer { terminate.cancel() }

        let pool = LanePool(threads: options.jobs, launch: options.launch, queue: queue)
        let out = options.out
        let maxAttempts = options.attempts
        let log = self.log
        pool.start(
            request: { job, id in ChildRequest(id: id, targets: [job.target ?? ChildRequest.Target(image: "")], out: out, emit: true) },
            handle: { job, outcome in
                switch outcome {
                case let .replied(reply):
                    if let result = reply.results.first, result.succeeded, let line = reply.lines.first {
                        output.deliver(line, sequence: job.sequence)
                    } else {
                        let result = reply.results.first
                        output.deliver(StageJob.errorLine(code: result?.code ?? "internal-error", message: result?.message ?? "no result", input: job.input), sequence: job.sequence)
                    }
                    return .finished
                case let .lost(error):
                    var again = job
                    again.attempts += 1
                    if again.attempts < maxAttempts {
                        log("stage: \(error.message); will try again in a fresh worker")
                        return .retry(again)
                    }
                    output.deliver(StageJob.errorLine(code: error.code.name, message: error.message, input: job.input), sequence: job.sequence)
                    return .finished
                }
            }
        )

        let imagesFolder = options.imagesFolder
        let recordsFolder = options.recordsFolder
        let requireRecord = options.requireRecord
        let reader = Thread {
            var locator = RecordLocator(folders: recordsFolder.map { [$0] })
            var sequence = 0
            while true {
                window.take()
                guard let line = readLine(strippingNewline: true) else { break }
                if line.trimmingCharacters(in: .whitespaces).isEmpty {
                    window.give()
                    continue
                }
                let job = StageJob.parse(line, sequence: sequence, imagesFolder: imagesFolder, locator: &locator, requireRecord: requireRecord)
                sequence += 1
                if let error = job.error {
                    output.deliver(StageJob.errorLine(code: error.code, message: error.message, input: line), sequence: job.sequence)
                } else if !queue.push(job) {
                    break
                }
            }
            queue.close()
            inputDone.signal()
        }
        reader.start()

        inputDone.wait()
        _ = pool.wait()
        if let fatal = pool.fatalError { throw fatal }
    }
}
