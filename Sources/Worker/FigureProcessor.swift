import Evidence
import FigureOCR
import Foundation
import Records
import Tesseract

/// Turns one image and its record into an enriched record, with one engine that it keeps for
/// every figure it is given (engine start-up is paid once).
///
/// Not `Sendable`: it owns a Tesseract engine, which must stay on one thread.
public final class FigureProcessor {
    /// The options every figure is processed with.
    public let options: ProcessOptions
    /// Started in the background: a run finds its first record and decodes its first image
    /// while the model loads (20-30 ms).
    private let engine: BackgroundResult<Engine>
    private let reader: FigureReader
    private let lexicon: LexiconLoad?

    /// Starts the engine and, when genes are wanted and `lexicon` (shared by the processors of
    /// a run) is nil, the lexicon's load, both in the background.
    ///
    /// The engine starts on its own thread: an engine that cannot start fails the first figure
    /// (or `waitForEngine()`) with its error.
    public init(options: ProcessOptions, lexicon: LexiconLoad? = nil) {
        self.options = options
        // A recipe that prepares the figure makes and frees many images of it (`HeapReuse`).
        if options.recipe.preparation != .none { HeapReuse.keepFreedImages() }
        // The engine first: a single figure waits for it, while the lexicon takes a few ms.
        let configuration = options.engine
        self.engine = BackgroundResult { try Engine(configuration) }
        self.lexicon = options.findGenes ? lexicon ?? LexiconLoad(extraFiles: options.extraLexicons) : nil
        self.reader = FigureReader(recipe: options.recipe, deadline: options.deadline)
    }

    /// Waits until the engine has started; throws when it cannot.
    public func waitForEngine() throws {
        _ = try engine.value()
    }

    /// The gene finder, once the lexicon is loaded (waits for it); nil when genes are not wanted.
    public func geneFinder() throws -> GeneFinder? {
        try lexicon?.finder()
    }

    /// `tesseract 5.3.0 (leptonica-1.82.0)`.
    public var engineDescription: String {
        "tesseract \(Engine.tesseractVersion) (\(Engine.leptonicaVersion))"
    }

    /// The loaded models, e.g. `eng 4.00.00alpha:eng:synth20170629` (waits for the engine).
    public func modelDescription() throws -> String { try engine.value().modelDescription }

    /// Reads the image at `imagePath` and enriches `located`'s record with what it holds.
    ///
    /// Names from the record are checked before any work, so an unsafe record fails fast and
    /// nothing is written for it.
    public func process(imagePath: String, located: RecordLocator.Located) throws -> EnrichedRecord {
        let figid = try outputName(imagePath: imagePath, located: located)
        return try enrich(try read(imagePath: imagePath), figid: figid, located: located)
    }

    /// The checked output name (figid) for a figure: the record's, or one derived from the
    /// image's file name; throws `unsafeName` when `figid` or `filename` would leave the folder.
    public func outputName(imagePath: String, located: RecordLocator.Located) throws -> String {
        let recordSource = located.path ?? imagePath
        let figid = try OutputName.validatedFigid(
            located.record.figid ?? OutputName.derivedFigid(fromFilename: (imagePath as NSString).lastPathComponent),
            recordPath: recordSource
        )
        if let filename = located.record.filename {
            _ = try OutputName.validatedFilename(filename, recordPath: recordSource)
        }
        return figid
    }

    /// What the image holds, independent of any record: its facts and the OCR run.
    public func read(imagePath: String) throws -> FigureReading {
        let data = try readImageBytes(imagePath)
        let (width, height, tokens, elapsed, steps) = try recognize(data, name: imagePath)
        // The decoded image and every variant of it are gone now: when they leave much free
        // heap, hand it back, so a long run stays at one figure's memory, not the largest's.
        HeapTrim.returnFreeMemory()
        let seconds = elapsed.inSeconds
        return FigureReading(
            figure: FigureFacts(path: imagePath, sha256: FileDigest.sha256(data), width: width, height: height, bytes: data.count),
            ocr: OCRRun(
                engine: engineDescription, model: try modelDescription(), recipe: options.recipe.identifier,
                seconds: options.recordTimings ? seconds : nil, steps: options.recordTimings ? steps : [], tokens: tokens
            )
        )
    }

    /// Decodes and reads the image; the decoded pixels live only inside this call.
    private func recognize(
        _ data: Data, name: String
    ) throws -> (width: Int, height: Int, tokens: [Token], elapsed: Duration, steps: [StepTime]) {
        let image = try Image(data: data, name: name, limits: options.limits, decoding: options.recipe.decoding)
        // Decoded while the engine was starting; its start is not part of the reading's time.
        let engine = try self.engine.value()
        let started = ContinuousClock.now
        let (width, height) = (image.width, image.height)
        var steps: [StepTime] = []
        let tokens = try reader.read(consume image, with: engine, names: try namesForReading()) { steps.append($0) }
        return (width, height, tokens, ContinuousClock.now - started, steps)
    }

    /// The lexicon for a recipe whose passes ask for one (`reread`), waiting for its load; nil
    /// for the others, whose first figure then reads while the lexicon is still loading.
    private func namesForReading() throws -> (any NameLexicon)? {
        reader.recipe.passes.contains { $0.view == .unsureWords } ? try geneFinder() : nil
    }

    /// A reading merged with a record: the genes found in it and their comparison with the
    /// record. One reading serves every record of the same image bytes.
    public func enrich(_ reading: FigureReading, figid: String, located: RecordLocator.Located) throws -> EnrichedRecord {
        var enriched = EnrichedRecord(
            record: located.record, figid: figid, figure: reading.figure, ocr: reading.ocr, warnings: located.warnings
        )
        if let finder = try geneFinder() {
            let findings = finder.findings(in: reading.ocr.tokens, record: located.record)
            enriched.ocr.tokens = TokenCorrection.applying(findings.mentions, to: reading.ocr.tokens)
            enriched.genes = findings.mentions
            enriched.geneSummary = findings.summary
            enriched.organismsNER = findings.organisms
            enriched.lexicon = finder.provenance
            enriched.matcher = GeneFinder.matcherProvenance
        }
        return enriched
    }

    private func readImageBytes(_ path: String) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TesseractError(.imageMissing, "\(path): no such file")
        }
        guard !isFolder.boolValue else {
            throw TesseractError(.imageUnreadable, "\(path): is a folder, not an image")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TesseractError(.imageMissing, "\(path): cannot be read (\(error.localizedDescription))")
        }
    }
}
