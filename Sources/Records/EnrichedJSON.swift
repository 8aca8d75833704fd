import Evidence

/// The enriched record's JSON, the contract scripts read: top-level keys `record`, `figure`,
/// `ocr`, `genes`, `warnings`, in that order.
public enum EnrichedJSON {
    /// The whole enriched record as a JSON value.
    public static func value(_ enriched: EnrichedRecord) -> JSONValue {
        .object([
            ("record", RecordJSON.value(enriched.record.value)),
            ("figure", figure(enriched.figure)),
            ("ocr", ocr(enriched.ocr)),
            ("genes", .array(enriched.genes.map(gene))),
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
        pairs.append(("text", .string(run.text)))
        pairs.append(("tokens", .array(run.tokens.map(token))))
        return .object(pairs)
    }

    /// One token: `text`, `confidence`, `bbox` as [x, y, w, h], `pass`.
    public static func token(_ token: Token) -> JSONValue {
        .object([
            ("text", .string(token.text)),
            ("confidence", .decimal(token.confidence, digits: 2)),
            ("bbox", box(token.box)),
            ("pass", .string(token.pass)),
        ])
    }

    /// One gene mention with its OCR evidence (null evidence for text that was not OCR'd).
    public static func gene(_ gene: GeneMention) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("word", .string(gene.word)),
            ("match", .string(gene.match)),
            ("symbol", .string(gene.symbol)),
            ("ncbigene_id", .string(gene.ncbigeneID)),
            ("organism", .string(gene.organism)),
            ("source", .string(gene.source.rawValue)),
            ("transforms", .array(gene.transforms.map(JSONValue.string))),
        ]
        if let family = gene.family { pairs.append(("family", .string(family))) }
        pairs.append(("ambiguous", .bool(gene.ambiguous)))
        pairs.append(("bbox", gene.box.map(box) ?? .null))
        pairs.append(("confidence", gene.confidence.map { .decimal($0, digits: 2) } ?? .null))
        pairs.append(("pass", gene.pass.map(JSONValue.string) ?? .null))
        return .object(pairs)
    }

    static func box(_ box: Box) -> JSONValue {
        .array([.integer(box.x), .integer(box.y), .integer(box.width), .integer(box.height)])
    }
}
