import ArgumentParser
import Foundation
import Records
import Worker

/// `ocr-worker batch`: a folder or manifest of figures, resumable, idempotent and safe to run
/// from cron.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Read a folder or manifest of figures into enriched records, resumably.",
        discussion: """
            State lives in SQLite (default <out>/.ocr-worker/state.sqlite). A figure whose image \
            bytes, record, recipe and lexicon version are unchanged since it was done is skipped; \
            a run killed at any moment is finished by running the same command again. Each figure \
            is read in a supervised worker process: one that crashes, hangs past --timeout or runs \
            out of memory fails only that figure (after --attempts). Nothing is printed on stdout \
            unless --json is given; progress and the summary go to stderr, and the summary also to \
            <out>/batch-summary.json.

            Exit codes: 0 every figure done, 4 some figures failed (see `ocr-worker status`), \
            5 another run holds the state (use --wait), 64 usage, 69 engine unavailable, \
            70 internal error, 73 output or state not writable.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Folder of images (JPEG, PNG, TIFF; searched recursively).", valueName: "dir"))
    var images: String?

    @Option(name: .long, help: ArgumentHelp("Manifest: TSV (image<TAB>record) or NDJSON ({\"image\": ..., \"record_path\": ...}).", valueName: "file"))
    var manifest: String?

    @Option(name: .long, help: ArgumentHelp("Folder of records (default: each image's folder, then ./records).", valueName: "dir"))
    var records: String?

    @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "enriched"

    @Option(name: .long, help: ArgumentHelp("State database (default: <out>/.ocr-worker/state.sqlite).", valueName: "file"))
    var state: String?

    @OptionGroup var pool: PoolOptions

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .long, help: "Try figures that failed for good again.")
    var retryFailed = false

    @Flag(name: .long, help: "Queue behind a run that holds the state instead of exiting.")
    var wait = false

    @Flag(name: .long, help: "Print the summary JSON on stdout.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Seconds between progress log lines when stderr is not a terminal.", valueName: "seconds"))
    var logEvery: Double = 30

    func validate() throws {
        if (images == nil) == (manifest == nil) { throw ValidationError("give either --images DIR or --manifest FILE") }
    }

    func run() throws {
        let console = Console(verbose: true)
        let outFolder = BatchInput.absolute(out)
        let source: BatchOptions.Source = images.map { .images($0) } ?? .manifest(manifest ?? "")
        let lexiconVersion = try LexiconIdentity.version(of: reading, console: console)
        let options = BatchOptions(
            source: source, recordsFolder: records, out: outFolder,
            statePath: BatchInput.absolute(state ?? (outFolder as NSString).appendingPathComponent(".ocr-worker/state.sqlite")),
            jobs: pool.jobs, attempts: pool.attempts, retryFailed: retryFailed, wait: wait,
            lexiconVersion: lexiconVersion, process: reading.processOptions, launch: pool.launch(reading: reading),
            liveProgress: isatty(2) == 1, logInterval: logEvery, commandLine: CommandLine.arguments.joined(separator: " ")
        )
        signal(SIGPIPE, SIG_IGN)
        let summary: BatchSummary
        do {
            summary = try BatchRunner(options: options, log: { line in
                FileHandle.standardError.write(Data("ocr-worker: \(line)\n".utf8))
            }).run()
        } catch let error as WorkerError {
            console.error(error.message)
            switch error.code {
            case .lockHeld: throw ExitCodes.lockHeld
            case .stateUnavailable: throw ExitCodes.outputNotWritable
            default: throw ExitCodes.code(for: FailureKind(of: error))
            }
        } catch let error as EngineUnavailable {
            console.error(error.message)
            throw ExitCodes.engineUnavailable
        } catch {
            console.error(String(describing: error))
            throw ExitCodes.code(for: FailureKind(of: error))
        }
        for line in summary.lines { FileHandle.standardError.write(Data("ocr-worker: \(line)\n".utf8)) }
        if json { console.output(JSONWriter.string(summary.json, pretty: false)) }
        if !summary.allSucceeded { throw ExitCodes.figuresFailed }
    }
}
