import ArgumentParser
import Evidence
import Foundation
import Genes
import Records

/// `ocr-worker match`: the genes named in text (captions, labels) or in saved OCR tokens,
/// without any OCR: the matcher alone, for curators, tests and benchmarks.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find genes in text or in a tokens TSV, with the same gene objects as the enriched record.",
        discussion: """
            Input: each --text, else each FILE ('-' for stdin), else stdin. Every input line is one \
            text: plain text, or a JSON object whose "text" is matched (its "id", if any, is copied). \
            Output: one JSON object per input line on stdout: {"text", "id"?, "genes": [...]}. \
            With --tokens, each file is a -tokens.tsv (or Tesseract's tsv output) read as OCR tokens, \
            so words on one line are joined and the genes keep their boxes: {"file", "genes"}.
            """
    )

    @Option(name: .long, help: ArgumentHelp("A text to match; repeatable.", valueName: "text"))
    var text: [String] = []

    @Argument(help: ArgumentHelp("Files of text lines or NDJSON ('-' for stdin).", valueName: "file"))
    var files: [String] = []

    @Flag(name: .long, help: "Read the files as token TSVs (ocr-worker's -tokens.tsv or tesseract's tsv).")
    var tokens = false

    @Option(name: .long, help: ArgumentHelp("An extra lexicon file (NCBI gene_info or compiled); repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Flag(name: .long, help: "Turn off lexicon-aware OCR correction (e.g. MAPKl -> MAPK1).")
    var noCorrection = false

    @Flag(name: .long, help: "Do not join adjacent words into multi-word names (e.g. NF kB).")
    var noJoin = false

    @Flag(name: .long, help: "Turn off stripping a final R (for receptor) where only that makes a known name.")
    var noStripR = false

    @Flag(name: .long, help: "Report a name that fits several genes equally well (e.g. an alias NCBI gives to several genes) for all of them, flagged ambiguous; by default it names none.")
    var ambiguous = false

    @Flag(name: .long, help: "Print lexicon load time and matching speed to stderr.")
    var stats = false

    func validate() throws {
        if tokens && files.isEmpty { throw ValidationError("--tokens needs at least one token TSV file") }
        if tokens && !text.isEmpty { throw ValidationError("give either --text or --tokens files, not both") }
    }

    func run() throws {
        let console = Console(verbose: stats)
        let loadStarted = ContinuousClock.now
        let loaded: Lexicon
        do {
            loaded = try Lexicon.loadDefault(adding: lexicon)
        } catch {
            console.error(String(describing: error))
            throw ExitCodes.engineUnavailable
        }
        console.info("lexicon: \(loaded.geneCount) genes, \(loaded.familyCount) families loaded in \(Milliseconds(since: loadStarted)) (\(loaded.storageNote))")
        var rules = MatchRules.standard
        rules.correctsOCRConfusions = !noCorrection
        rules.joinsAdjacentTokens = !noJoin
        rules.stripsFinalR = !noStripR
        rules.reportsAmbiguousNames = ambiguous
        let matcher = GeneMatcher(lexicon: loaded, rules: rules)

        var output = BufferedOutput()
        var meter = MatchMeter()
        if tokens {
            for file in files {
                let data = try read(file)
                let parsed = TokenTable.tokens(parsing: TextDecoding.decode(data))
                let genes = meter.measure(words: parsed.count) { matcher.mentions(in: parsed) }
                output.write(JSONWriter.string(.object([("file", .string(file)), ("genes", .array(genes.map { EnrichedJSON.gene($0) }))]), pretty: false))
            }
        } else {
            for input in try inputs() {
                var lines = input.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                // A final line break ends the last line; it does not start an empty one.
                if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
                for line in lines {
                    let item = MatchInput(line: String(line))
                    let genes = meter.measure(words: GeneMatcher.wordCount(inText: item.text)) { matcher.mentions(inText: item.text) }
                    var pairs: [(String, JSONValue)] = [("text", .string(item.text))]
                    if let id = item.id { pairs.append(("id", id)) }
                    pairs.append(("genes", .array(genes.map { EnrichedJSON.gene($0) })))
                    output.write(JSONWriter.string(.object(pairs), pretty: false))
                }
            }
        }
        output.flush()
        console.info(meter.summary)
    }

    /// The texts to read: each --text, or each file's content, or stdin's.
    private func inputs() throws -> [String] {
        if !text.isEmpty { return text }
        let sources = files.isEmpty ? ["-"] : files
        return try sources.map { TextDecoding.decode(try read($0)) }
    }

    private func read(_ file: String) throws -> Data {
        if file == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: file) else {
            Console(verbose: false).error("\(file): no such file or not readable")
            throw ExitCodes.unreadableImage
        }
        return data
    }
}

/// One input line: plain text, or a JSON object with `text` (and an optional `id` echoed back).
struct MatchInput {
    let text: String
    let id: JSONValue?

    init(line: String) {
        guard line.first == "{", let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String
        else {
            self.text = line
            self.id = nil
            return
        }
        self.text = text
        // Linux Foundation hands JSON numbers back as Int or Double, not always as NSNumber.
        switch object["id"] {
        case let value as String: id = .string(value)
        case let value as Int: id = .integer(value)
        case let value as Double: id = .number(String(value))
        case let value as NSNumber: id = .number(value.stringValue)
        default: id = nil
        }
    }
}

/// Times the matching alone (not reading or writing) for `--stats`.
struct MatchMeter {
    private var words = 0
    private var elapsed = Duration.zero

    /// Runs `body`, counting `words` words and its time.
    mutating func measure<T>(words count: Int, _ body: () -> T) -> T {
        let started = ContinuousClock.now
        let result = body()
        elapsed += ContinuousClock.now - started
        words += count
        return result
    }

    /// `N words matched in T s (R words/s)`.
    var summary: String {
        let seconds = elapsed.inSeconds
        return String(format: "%d words matched in %.3f s (%.0f words/s)", words, seconds, seconds > 0 ? Double(words) / seconds : 0)
    }
}

/// Collects output lines and writes them in large chunks: one write per line would cost more
/// than matching the line.
struct BufferedOutput {
    private var buffer = ""

    /// Adds one line.
    mutating func write(_ line: String) {
        buffer += line
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    /// Writes what is buffered to stdout.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}
