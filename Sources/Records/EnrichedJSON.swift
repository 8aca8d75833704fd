import Evidence

/// The enriched record's JSON, the contract scripts read: top-level keys `record`, `figure`,
/// `ocr`, `genes`, `gene_status`, `organisms_ner`, `lexicon`, `matcher` (null when genes were
/// not looked for), `warnings`, in that order.
public enum EnrichedJSON {
    /// The whole enriched record as a JSON value.
    public static func value(_ enriched: EnrichedRecord) -> JSONValue {
        .object([
            ("record", RecordJSON.value(enriched.record.value)),
            ("figure", figure(enriched.figure)),
            ("ocr", ocr(enriched.ocr)),
            ("genes", .array(enriched.genes.map { gene($0, status: enriched.status(ofGene: $0.ncbigeneID)) })),
            ("gene_status", .array(enriched.geneSummary.map(summary))),
            ("organisms_ner", .array(enriched.organismsNER.map(JSONValue.string))),
            ("lexicon", .array(enriched.lexicon.map(provenance))),
            ("matcher", enriched.matcher.map(matcher) ?? .null),
            ("warnings", .array(enriched.warnings.map(JSONValue.string))),
        ])
    }

    /// The enriched record as indented JSON text ending with a newline (for files).
    public static func fileText(_ enriched: EnrichedRecord) -> String {
        JSONWriter.string(value(enriched), pretty: true) + "\n"
    }

    /// The enriched record as one line of JSON ending with a newline (for NDJSON streams).
    public static func lineText(_ enriched: EnrichedRecord) -> String {
        JSONWriter.string(value(enriched), pretty: false) + "\n"
    }

    static func figure(_ figure: FigureFacts) -> JSONValue {
        .object([
            ("path", .string(figure.path)),
            ("sha256", .string(figure.sha256)),
            ("width", .integer(figure.width)),
            ("height", .integer(figure.height)),
            ("bytes", .integer(figure.bytes)),
        ])
    }

    static func ocr(_ run: OCRRun) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("engine", .string(run.engine)),
            ("model", .string(run.model)),
            ("recipe", .string(run.recipe)),
        ]
        if let seconds = run.seconds { pairs.append(("seconds", .decimal(seconds, digits: 3))) }
        if !run.steps.isEmpty {
            pairs.append(("step_seconds", .object(run.steps.map { ($0.step, .decimal($0.seconds, digits: 3)) })))
        }
        pairs.append(("text", .string(run.text)))
        pairs.append(("tokens", .array(run.tokens.map(token))))
        return .object(pairs)
    }

    /// One token: `text`, `confidence`, `bbox` as [x, y, w, h], `pass`, and `raw` (the engine's
    /// own reading) only when the gene lexicon corrected `text`.
    public static func token(_ token: Token) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("text", .string(token.text)),
            ("confidence", .decimal(token.confidence, digits: 2)),
            ("bbox", box(token.box)),
            ("pass", .string(token.pass)),
        ]
        if let raw = token.raw { pairs.append(("raw", .string(raw))) }
        return .object(pairs)
    }

    /// One gene mention with its OCR evidence (null evidence for text that was not OCR'd) and,
    /// in an enriched record, whether the record confirms it.
    public static func gene(_ gene: GeneMention, status: GeneStatus? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("word", .string(gene.word)),
            ("match", .string(gene.match)),
            ("symbol", .string(gene.symbol)),
            ("ncbigene_id", .string(gene.ncbigeneID)),
            ("organism", .string(gene.organism)),
            ("tax_id", gene.taxID.map(JSONValue.integer) ?? .null),
            ("source", .string(gene.source.rawValue)),
            ("transforms", .array(gene.transforms.map(JSONValue.string))),
        ]
        if let family = gene.family { pairs.append(("family", .string(family))) }
        pairs.append(("ambiguous", .bool(gene.ambiguous)))
        pairs.append(("bbox", gene.box.map(box) ?? .null))
        pairs.append(("confidence", gene.confidence.map { .decimal($0, digits: 2) } ?? .null))
        pairs.append(("pass", gene.pass.map(JSONValue.string) ?? .null))
        if let status { pairs.append(("status", .string(status.rawValue))) }
        return .object(pairs)
    }

    static func summary(_ summary: GeneSummary) -> JSONValue {
        .object([
            ("symbol", .string(summary.symbol)),
            ("ncbigene_id", .string(summary.ncbigeneID)),
            ("organism", .string(summary.organism)),
            ("status", .string(summary.status.rawValue)),
            ("figure_words", .array(summary.figureWords.map(JSONValue.string))),
            ("in_keywords", .bool(summary.inKeywords)),
            ("in_caption", .bool(summary.inCaption)),
        ])
    }

    static func provenance(_ source: LexiconProvenance) -> JSONValue {
        .object([
            ("name", .string(source.name)),
            ("version", .string(source.version)),
            ("date", .string(source.date)),
            ("checksum", .string(source.checksum)),
        ])
    }

    static func matcher(_ matcher: MatcherProvenance) -> JSONValue {
        .object([("revision", .integer(matcher.revision)), ("rules", .string(matcher.rules))])
    }

    static func box(_ box: Box) -> JSONValue {
        .array([.integer(box.x), .integer(box.y), .integer(box.width), .integer(box.height)])
    }
}
