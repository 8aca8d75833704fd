import ArgumentParser
import Foundation
import Worker

/// `ocr-worker stage`: a pipeline stage, NDJSON jobs in on stdin, enriched records out on stdout.
struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Read NDJSON jobs on stdin; write one enriched-record JSON line per job on stdout.",
        discussion: """
            Each input line is {"image": PATH, "record": {...}}, {"image": PATH, "record_path": PATH}, \
            {"image": PATH} (record looked up like `process`), or a bare PFOCR record object whose \
            "filename" is resolved against --images. Each output line is the enriched record (the \
            `process --json` contract), in input order unless --unordered; a bad line or a failed \
            figure gives {"status": "error", "code": ..., "message": ..., "input": ...} and the \
            stream goes on. End of input or SIGTERM: figures already read are finished, then exit 0.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Folder that relative image paths and records' filename are resolved against.", valueName: "dir"))
    var images: String?

    @Option(name: .long, help: ArgumentHelp("Folder of records for lines that give only an image.", valueName: "dir"))
    var records: String?

    @Option(name: .long, help: ArgumentHelp("Also write the enriched files here.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Write results as they finish instead of in input order.")
    var unordered = false

    @OptionGroup var pool: PoolOptions

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let options = StageRunner.Options(
            imagesFolder: images, recordsFolder: records, out: out.map(BatchInput.absolute), unordered: unordered,
            jobs: pool.jobs, attempts: pool.attempts, requireRecord: reading.requireRecord, launch: pool.launch(reading: reading)
        )
        do {
            try StageRunner(options: options, log: { line in
                FileHandle.standardError.write(Data("ocr-worker: \(line)\n".utf8))
            }).run()
        } catch let error as EngineUnavailable {
            Console(verbose: true).error(error.message)
            throw ExitCodes.engineUnavailable
        } catch {
            Console(verbose: true).error(String(describing: error))
            throw ExitCodes.internalError
        }
    }
}
