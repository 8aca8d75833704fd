/// The enriched record as a Jekyll markdown file: the original front matter, every key and
/// value unchanged, plus an `ocr:` block; then the original body.
public enum EnrichedMarkdown {
    /// The file's text.
    public static func text(_ enriched: EnrichedRecord) throws -> String {
        let ocrBlock = try RecordYAML.serialize([RecordField(key: "ocr", value: ocrValue(enriched))])
        let record = enriched.record
        let frontMatter: String
        if let source = record.frontMatterSource, record["ocr"] == nil {
            // The original text is kept byte for byte, so a diff against the PFOCR record shows
            // only the added block.
            frontMatter = source + ocrBlock
        } else {
            // A record that already has an `ocr:` key (an earlier enrichment) gets it replaced;
            // one built in memory has no text to keep.
            let others = record.fields.filter { $0.key != "ocr" }
            frontMatter = try RecordYAML.serialize(others) + ocrBlock
        }
        return "---\n" + frontMatter + "---\n" + record.body
    }

    /// The `ocr:` block: engine, model, recipe, image facts, token count, text, genes (each
    /// distinct gene with its status), `organisms_ner`, lexicon and matcher provenance, warnings.
    static func ocrValue(_ enriched: EnrichedRecord) -> RecordValue {
        let run = enriched.ocr
        var fields: [RecordField] = [
            field("engine", .string(run.engine)),
            field("model", .string(run.model)),
            field("recipe", .string(run.recipe)),
            field("image", .mapping([
                field("sha256", .string(enriched.figure.sha256)),
                field("width", integer(enriched.figure.width)),
                field("height", integer(enriched.figure.height)),
                field("bytes", integer(enriched.figure.bytes)),
            ])),
            field("token_count", integer(run.tokens.count)),
            field("text", .string(run.text)),
        ]
        fields.append(field("genes", .sequence(enriched.geneSummary.map(gene))))
        fields.append(field("organisms_ner", .sequence(enriched.organismsNER.map(RecordValue.string))))
        if !enriched.lexicon.isEmpty {
            fields.append(field("lexicon", .sequence(enriched.lexicon.map { .string("\($0.name) \($0.version) (\($0.date))") })))
        }
        if let matcher = enriched.matcher {
            fields.append(field("matcher", .string("revision \(matcher.revision), rules \(matcher.rules)")))
        }
        if !enriched.warnings.isEmpty {
            fields.append(field("warnings", .sequence(enriched.warnings.map(RecordValue.string))))
        }
        return .mapping(fields)
    }

    /// One distinct gene: symbol, id, status and the words that named it in the figure.
    private static func gene(_ summary: GeneSummary) -> RecordValue {
        var fields = [
            field("symbol", .string(summary.symbol)),
            field("ncbigene_id", .string(summary.ncbigeneID)),
            field("status", .string(summary.status.rawValue)),
        ]
        if !summary.figureWords.isEmpty {
            fields.append(field("words", .sequence(summary.figureWords.map(RecordValue.string))))
        }
        return .mapping(fields)
    }

    private static func field(_ key: String, _ value: RecordValue) -> RecordField {
        RecordField(key: key, value: value)
    }

    private static func integer(_ value: Int) -> RecordValue {
        .scalar(RecordScalar(text: String(value), style: .plain, kind: .integer))
    }
}
