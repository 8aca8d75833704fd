import CEngineHints
import CTesseract
import CWordWalk
import Evidence
import Foundation

/// One initialised Tesseract engine (a `TessBaseAPI` with its model loaded).
///
/// Initialisation loads the traineddata (20-30 ms for English in the executable, which skips
/// the legacy engine's table of ambiguities; 130-150 ms without), so an engine is made once
/// per thread and reused for many images. Tesseract engines are not thread-safe: this class is
/// deliberately not `Sendable`; keep each engine on the thread or task that made it.
public final class Engine {
    /// What the engine was made with.
    public let configuration: EngineConfiguration
    /// The tessdata folder the models were loaded from.
    public let tessdataFolder: String
    /// Each language with the version string its traineddata carries (or `unknown`).
    public let models: [(language: String, version: String)]

    private let handle: OpaquePointer
    /// How `recognize` reads the words out (tests compare the two walks).
    var wordWalk = WordWalk.linear
    /// Whether the last recognition's words came from the linear walk (for tests).
    private(set) var lastWalkWasLinear = false

    /// Loads the models of `configuration.languages` and applies its init-only parameters.
    ///
    /// Throws `modelMissing` naming the folder and language when a model file is absent, and
    /// `engineInitFailed` naming the folder, languages and parameters when Tesseract refuses.
    public init(_ configuration: EngineConfiguration = EngineConfiguration()) throws {
        LeptonicaMessages.silence()
        guard !configuration.languages.isEmpty else {
            throw TesseractError(.modelMissing, "no OCR language given")
        }
        guard let folder = Tessdata.resolveFolder(explicit: configuration.tessdata, languages: configuration.languages) else {
            throw TesseractError(
                .modelMissing,
                "no tessdata folder with \(configuration.languages[0]).traineddata found (looked in TESSDATA_PREFIX and \(Tessdata.systemFolders.joined(separator: ", "))); install tesseract-ocr-\(configuration.languages[0]) or pass --tessdata DIR"
            )
        }
        var models: [(language: String, version: String)] = []
        for language in configuration.languages {
            let path = Tessdata.modelPath(folder: folder, language: language)
            guard FileManager.default.fileExists(atPath: path) else {
                let available = Tessdata.availableLanguages(in: folder)
                throw TesseractError(
                    .modelMissing,
                    "\(path) does not exist (tessdata \(folder) has: \(available.isEmpty ? "no models" : available.joined(separator: ", ")))"
                )
            }
            // Asked for its LSTM engine, Tesseract falls back to its legacy one for a model
            // without an LSTM network: a different reader, which no recipe was measured with, and
            // which the executable starts without the legacy engine's table of ambiguities
            // (CAmbiguitySkip). Unreadable tables are left for Tesseract to refuse.
            guard Tessdata.hasLSTMNetwork(at: path) != false else {
                throw TesseractError(
                    .modelMissing,
                    "\(path) has no LSTM network (a legacy-only model): ocr-worker reads with Tesseract's LSTM engine only; use a tessdata or tessdata_fast model"
                )
            }
            models.append((language, Tessdata.modelVersion(at: path) ?? "unknown"))
        }
        guard let handle = TessBaseAPICreate() else {
            throw TesseractError(.engineInitFailed, "Tesseract could not allocate an engine")
        }
        // Tesseract's own chatter ("Estimating resolution as ...") would otherwise go to stderr,
        // which belongs to this program's logs.
        let parameters = [(name: "debug_file", value: "/dev/null")] + configuration.initParameters
        let status = Self.withCStrings(parameters.map(\.name)) { names in
            Self.withCStrings(parameters.map(\.value)) { values in
                TessBaseAPIInit4(handle, folder, configuration.languageString, OEM_LSTM_ONLY,
                                 nil, 0, names, values, parameters.count, 0)
            }
        }
        guard status == 0 else {
            TessBaseAPIEnd(handle)
            TessBaseAPIDelete(handle)
            let listed = configuration.initParameters.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
            throw TesseractError(
                .engineInitFailed,
                "Tesseract could not initialise with tessdata \(folder) and languages \(configuration.languageString)\(listed.isEmpty ? "" : " (parameters: \(listed))")"
            )
        }
        self.handle = handle
        self.configuration = configuration
        self.tessdataFolder = folder
        self.models = models
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Tesseract's version, e.g. `5.3.0`.
    public static var tesseractVersion: String {
        guard let version = TessVersion() else { return "unknown" }
        return String(cString: version)
    }

    /// Leptonica's version, e.g. `leptonica-1.82.0`.
    public static var leptonicaVersion: String {
        guard let version = getLeptonicaVersion() else { return "unknown" }
        defer { lept_free(version) }
        return String(cString: version)
    }

    /// The models as one line, e.g. `eng 4.00.00alpha:eng:synth20170629`.
    public var modelDescription: String {
        models.map { "\($0.language) \($0.version)" }.joined(separator: ", ")
    }

    /// Sets a runtime parameter and checks that Tesseract kept the value.
    ///
    /// Tesseract's `SetVariable` answers true for any existing name even when the value was
    /// not taken, so the value is read back and compared.
    public func setParameter(_ name: String, to value: String) throws {
        guard TessBaseAPISetVariable(handle, name, value) != 0 else {
            throw TesseractError(.unknownParameter, "Tesseract has no parameter named \(name)")
        }
        guard let readBack = parameter(name), Self.sameParameterValue(readBack, value) else {
            throw TesseractError(
                .unknownParameter,
                "Tesseract parameter \(name) did not take the value \(value) (it is \(parameter(name) ?? "unreadable"); init-only parameters go in EngineConfiguration.initParameters)"
            )
        }
    }

    /// The current value of a parameter as text, or nil when no parameter has that name.
    public func parameter(_ name: String) -> String? {
        var intValue: Int32 = 0
        if TessBaseAPIGetIntVariable(handle, name, &intValue) != 0 { return String(intValue) }
        var boolValue: Int32 = 0
        if TessBaseAPIGetBoolVariable(handle, name, &boolValue) != 0 { return boolValue != 0 ? "1" : "0" }
        var doubleValue: Double = 0
        if TessBaseAPIGetDoubleVariable(handle, name, &doubleValue) != 0 { return String(doubleValue) }
        if let text = TessBaseAPIGetStringVariable(handle, name) { return String(cString: text) }
        return nil
    }

    /// Reads the words of `image` with segmentation `mode`, labelling each with `pass`.
    ///
    /// Boxes are mapped through `image.toSource`, so they are in the pixels of the image the
    /// variant was derived from. Words whose text is NULL or blank are skipped. `deadline`
    /// bounds recognition (Tesseract checks it per word, not during layout analysis).
    ///
    /// Tesseract copies the pixels when it takes the image, so a caller that hands over its
    /// last reference (`consume`) has them freed before recognition, not after it.
    ///
    /// `linesErased` says the image's ruling lines and box outlines were erased already, so
    /// Tesseract's own search for them may be skipped (by the executable's definition of it,
    /// where bound; see CLineFindingSkip). `paragraphsUsed: false` says the caller has no use
    /// for the tokens' paragraph numbers, so Tesseract's grouping of lines into paragraphs may
    /// be skipped (where CParagraphSkip is bound; each block is then one paragraph).
    public func recognize(
        _ image: consuming Image, mode: SegmentationMode, pass: String, deadline: Duration? = nil, linesErased: Bool = false,
        paragraphsUsed: Bool = true
    ) throws -> [Token] {
        TessBaseAPISetPageSegMode(handle, mode.cValue)
        // Tesseract groups lines into paragraphs after recognition, from the words read, unless
        // told to do it from the layout before. When every block is one line the two give the
        // same paragraphs (the same TSV, checked on the dev set), and after recognition costs
        // 5 % of a large sparse figure: it walks the page's results once per block.
        TessBaseAPISetVariable(handle, "paragraph_text_based", mode.blocksAreSingleLines ? "0" : "1")
        TessBaseAPISetImage2(handle, image.pix)
        let (toSource, width, height) = (image.toSource, image.width, image.height)
        _ = consume image
        // Results, the image and any iterator die here; nothing survives into the next call.
        defer { TessBaseAPIClear(handle) }

        guard let monitor = TessMonitorCreate() else {
            throw TesseractError(.recognitionFailed, "Tesseract could not allocate a progress monitor")
        }
        defer { TessMonitorDelete(monitor) }
        let started = ContinuousClock.now
        if let deadline {
            let milliseconds = deadline.components.seconds * 1000 + deadline.components.attoseconds / 1_000_000_000_000_000
            TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: max(1, milliseconds)))
        }
        ow_engine_hints_set_lines_removed(linesErased ? 1 : 0)
        defer { ow_engine_hints_set_lines_removed(0) }
        ow_engine_hints_set_paragraphs_unused(paragraphsUsed ? 0 : 1)
        defer { ow_engine_hints_set_paragraphs_unused(0) }
        guard TessBaseAPIRecognize(handle, monitor) == 0 else {
            if let deadline, ContinuousClock.now - started >= deadline {
                throw TesseractError(.deadlineExceeded, "recognition (pass \(pass)) passed its deadline of \(deadline)")
            }
            throw TesseractError(.recognitionFailed, "Tesseract failed to recognise a \(width)x\(height) image (pass \(pass))")
        }
        return readWords(mapping: toSource, pass: pass)
    }

    /// How the recognised words are read out of Tesseract.
    enum WordWalk {
        /// CWordWalk's one pass, where no word reads right to left (else the result iterator).
        case linear
        /// Tesseract's result iterator, whose every step walks the page again.
        case resultIterator
    }

    /// The words of the last recognition as tokens, numbering blocks, paragraphs, lines and
    /// words as Tesseract's TSV renderer does.
    private func readWords(mapping toSource: PixelTransform, pass: String) -> [Token] {
        let linear = wordWalk == .linear ? linearWordPositions() : nil
        lastWalkWasLinear = linear != nil
        let positions = linear ?? resultIteratorWordPositions()
        var tokens: [Token] = []
        var block = 0, paragraph = 0, line = 0, word = 0
        for position in positions {
            if position.starts.contains(.block) { block += 1; paragraph = 0; line = 0; word = 0 }
            if position.starts.contains(.paragraph) { paragraph += 1; line = 0; word = 0 }
            if position.starts.contains(.line) { line += 1; word = 0 }
            word += 1
            guard let text = position.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
                  let box = position.box
            else { continue }
            tokens.append(Token(
                text: text, confidence: (position.confidence * 100).rounded() / 100, box: toSource.apply(box),
                layout: WordLayout(block: block, paragraph: paragraph, line: line, word: word), pass: pass
            ))
        }
        return tokens
    }

    /// One word position of the page, whichever walk read it.
    private struct WordPosition {
        struct Starts: OptionSet {
            let rawValue: Int32
            static let block = Starts(rawValue: Int32(OW_STARTS_BLOCK))
            static let paragraph = Starts(rawValue: Int32(OW_STARTS_PARAGRAPH))
            static let line = Starts(rawValue: Int32(OW_STARTS_LINE))
        }
        var starts: Starts
        var text: String?
        var box: Evidence.Box?
        var confidence: Double
    }

    /// The positions from CWordWalk's one pass, or nil when the page needs the result iterator.
    private func linearWordPositions() -> [WordPosition]? {
        var array: UnsafeMutablePointer<ow_word_position>?
        let count = ow_word_positions(handle, &array)
        defer { ow_word_positions_free(array, count) }
        guard count >= 0 else { return nil }
        return (0..<count).map { index in
            let position = array![index]
            return WordPosition(
                starts: WordPosition.Starts(rawValue: position.starts),
                text: position.text.map { String(cString: $0) },
                box: position.has_box != 0 ? Evidence.Box(left: Int(position.left), top: Int(position.top), right: Int(position.right), bottom: Int(position.bottom)) : nil,
                confidence: Double(position.confidence)
            )
        }
    }

    /// The positions from Tesseract's result iterator, word by word.
    private func resultIteratorWordPositions() -> [WordPosition] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        // The page iterator is the same object seen through its base class: never delete it.
        guard let page = TessResultIteratorGetPageIterator(iterator) else { return [] }
        var positions: [WordPosition] = []
        repeat {
            var starts: WordPosition.Starts = []
            if TessPageIteratorIsAtBeginningOf(page, RIL_BLOCK) != 0 { starts.insert(.block) }
            if TessPageIteratorIsAtBeginningOf(page, RIL_PARA) != 0 { starts.insert(.paragraph) }
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 { starts.insert(.line) }
            var text: String?
            if let cText = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) {
                text = String(cString: cText)
                TessDeleteText(cText)
            }
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            let box = TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0
                ? Evidence.Box(left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom)) : nil
            positions.append(WordPosition(starts: starts, text: text, box: box, confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD))))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return positions
    }

    /// Whether Tesseract's read-back value means the same as the value that was set.
    private static func sameParameterValue(_ readBack: String, _ requested: String) -> Bool {
        if readBack == requested { return true }
        if let a = Double(readBack), let b = Double(requested) { return a == b }
        let truthy: Set<String> = ["1", "t", "true", "y", "yes", "on"]
        let falsy: Set<String> = ["0", "f", "false", "n", "no", "off"]
        let lowered = requested.lowercased()
        return (readBack == "1" && truthy.contains(lowered)) || (readBack == "0" && falsy.contains(lowered))
    }

    /// Calls `body` with a NULL-free C array of copies of `strings`, freed afterwards.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                var empty: UnsafeMutablePointer<CChar>? = nil
                return body(&empty)
            }
            return body(base)
        }
    }
}
