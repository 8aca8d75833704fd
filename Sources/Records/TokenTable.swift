import Evidence

/// The tokens as a TSV in Tesseract's own column layout (word-level rows only), plus the pass
/// that read each word, so tools written for `tesseract ... tsv` output read it unchanged.
public enum TokenTable {
    /// Tesseract's TSV columns followed by `pass`.
    public static let columns = [
        "level", "page_num", "block_num", "par_num", "line_num", "word_num",
        "left", "top", "width", "height", "conf", "text", "pass",
    ]

    /// The TSV text with its header line; one row per token, level 5 (word).
    public static func text(_ tokens: [Token]) -> String {
        var output = columns.joined(separator: "\t") + "\n"
        for token in tokens {
            let fields: [String] = [
                "5", "1", String(token.layout.block), String(token.layout.paragraph),
                String(token.layout.line), String(token.layout.word),
                String(token.box.x), String(token.box.y), String(token.box.width), String(token.box.height),
                formatted(token.confidence), clean(token.text), clean(token.pass),
            ]
            output += fields.joined(separator: "\t") + "\n"
        }
        return output
    }

    private static func formatted(_ confidence: Double) -> String {
        let rounded = (confidence * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Tabs or newlines inside a field would break the row; OCR words rarely hold them.
    private static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
