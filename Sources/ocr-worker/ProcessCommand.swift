import ArgumentParser
import FigureOCR
import Foundation
import Records
import Tesseract
import Worker

/// `ocr-worker process IMAGE...`: one or more figures, each to an enriched record.
struct ProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Read figures and write their enriched records.",
        discussion: """
            For each image, finds its PFOCR record (--record, or a .md in --records DIR, the image's \
            folder or ./records whose front matter 'filename' is the image's name), reads the image \
            with Tesseract, and writes <figid>.md, <figid>.json and <figid>-tokens.tsv to --out. \
            Prints the paths written (or, with --json, one JSON object per figure per line) on stdout.
            """
    )

    @Argument(help: ArgumentHelp("Figure images (JPEG, PNG, TIFF, ...).", valueName: "image"))
    var images: [String]

    @Option(name: .long, help: ArgumentHelp("The record of the (single) image.", valueName: "file"))
    var record: String?

    @Option(name: .long, help: ArgumentHelp("Folder of records to search (default: the image's folder, then ./records).", valueName: "dir"))
    var records: String?

    @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String = "enriched"

    @Flag(name: .long, help: "Print each enriched record as one line of JSON on stdout (NDJSON).")
    var json = false

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .shortAndLong, help: "Log each figure's timings to stderr.")
    var verbose = false

    func validate() throws {
        if record != nil && images.count > 1 {
            throw ValidationError("--record names the record of one image; use --records DIR for several images")
        }
        if record != nil && records != nil {
            throw ValidationError("give either --record FILE or --records DIR, not both")
        }
    }

    /// Set once, on the main thread, by `run`.
    nonisolated(unsafe) private static var keptUntilExit: FigureProcessor?

    func run() throws {
        let console = Console(verbose: verbose)
        let options = reading.processOptions

        // The engine starts in the background while the first record is found and the first
        // image decoded; one that cannot start fails the first figure, which ends the run
        // with the engine's exit code (below).
        let processor = FigureProcessor(options: options)
        // Kept until the process exits, which comes right after the last figure: the engine's
        // teardown (every model allocation freed one by one) took 3 ms of a small figure's 150
        // that exit does at once. Reachable from a static, so leak checkers do not count it.
        Self.keptUntilExit = processor
        console.info("recipe \(options.recipe.identifier); engine starting")

        var locator = RecordLocator(explicitRecord: record, folders: records.map { [$0] })
        var failures: [FailureKind] = []
        var names = OutputNameClaims()
        for image in images {
            let figureStarted = ContinuousClock.now
            do {
                var located = try locator.locate(imagePath: image, required: options.requireRecord)
                if let name = try names.claim(image: image, record: located.path == nil ? nil : located.record, recordPath: located.path) {
                    let fileName = (image as NSString).lastPathComponent
                    located = RecordLocator.Located(
                        record: .minimal(forImageNamed: fileName, figid: name), path: nil,
                        warnings: located.warnings + [OutputNameClaims.warning(image: image, name: name)]
                    )
                }
                let enriched = try processor.process(imagePath: image, located: located)
                let paths = try EnrichedFiles.write(enriched, to: out)
                for warning in enriched.warnings { console.warning("\(image): \(warning)") }
                if json {
                    console.output(EnrichedJSON.lineText(enriched))
                } else {
                    paths.forEach(console.output)
                }
                console.info("\(image): \(enriched.ocr.tokens.count) tokens, \(enriched.geneSummary.filter { $0.status != .recordOnly }.count) genes in \(Milliseconds(since: figureStarted))")
            } catch {
                let kind = FailureKind(of: error)
                console.error(String(describing: error))
                // Nothing later can succeed without an engine, a lexicon or a writable output.
                if [.engineUnavailable, .lexiconUnavailable, .outputNotWritable].contains(kind) { throw ExitCodes.code(for: kind) }
                failures.append(kind)
            }
        }
        if ThreadLimit.regionsRunSerially { console.info("OpenMP: \(ThreadLimit.serialRegionCount) regions run serially") }
        if LineImageStore.isBound { console.info("line images: \(LineImageStore.storedCount) stored as uncompressed PNG") }
        if ParagraphSkip.isBound { console.info("paragraphs: \(ParagraphSkip.skippedCount) detections skipped (single-line blocks, reread crops)") }
        if LineFindingSkip.isBound { console.info("line finding: \(LineFindingSkip.skippedCount) searches skipped (lines erased by the recipe)") }
        if AmbiguitySkip.isBound { console.info("ambiguities: \(AmbiguitySkip.skippedCount) engine starts without the universal table (legacy engine only)") }
        if PageImageSteps.isBound {
            let counts = PageImageSteps.counts
            console.info("page images: \(counts.thresholded) thresholded here, \(counts.reducedThresholds) images of thresholds kept small, \(counts.blurred) blurred without a table of sums, \(counts.counted) boxes' mask pixels counted in place")
        }
        guard let first = failures.first else {
            // Every file is in place and every line written (each output is its own system
            // call; stdio is flushed for the libraries' sake), so the process ends here, without
            // the libraries' and runtimes' teardown at exit: 5 ms of a one-figure run's 145.
            fflush(nil)
            _exit(0)
        }
        if images.count == 1 || (failures.count == images.count && failures.allSatisfy { $0 == first }) {
            throw ExitCodes.code(for: first)
        }
        throw ExitCodes.partialFailure
    }
}

/// Elapsed wall time since a start, printed in milliseconds.
struct Milliseconds: CustomStringConvertible {
    let value: Double

    init(since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        value = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    var description: String { String(format: "%.0f ms", value) }
}
