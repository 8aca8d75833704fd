import ArgumentParser
import Worker

/// `ocr-worker _child` (hidden): a worker process of the `batch` and `stage` pools. Loads one
/// engine, then reads one job per line on stdin and answers on stdout. Not for people.
struct ChildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_child",
        abstract: "Worker process of the batch and stage pools (internal).",
        shouldDisplay: false
    )

    @OptionGroup var reading: ReadingOptions

    @Option(name: .long, help: "Address-space limit in MB (0: none).")
    var maxMemory: Int = 0

    func run() throws {
        let status = ChildWorker.serve(options: reading.processOptions, memoryLimitMegabytes: maxMemory > 0 ? maxMemory : nil)
        if status != 0 { throw ExitCode(status) }
    }
}
