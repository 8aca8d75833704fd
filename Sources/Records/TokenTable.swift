import Evidence
import Foundation

/// The tokens as a TSV in Tesseract's own column layout (word-level rows only), plus the pass
/// that read each word and, when the gene lexicon corrected a word, the engine's own reading;
/// tools written for `tesseract ... tsv` output read it unchanged.
public enum TokenTable {
    /// Tesseract's TSV columns followed by `pass` and `raw` (empty unless `text` was corrected).
    public static let columns = [
        "level", "page_num", "block_num", "par_num", "line_num", "word_num",
        "left", "top", "width", "height", "conf", "text", "pass", "raw",
    ]

    /// The TSV text with its header line; one row per token, level 5 (word).
    public static func text(_ tokens: [Token]) -> String {
        var output = columns.joined(separator: "\t") + "\n"
        for token in tokens {
            let fields: [String] = [
                "5", "1", String(token.layout.block), String(token.layout.paragraph),
                String(token.layout.line), String(token.layout.word),
                String(token.box.x), String(token.box.y), String(token.box.width), String(token.box.height),
                formatted(token.confidence), clean(token.text), clean(token.pass), clean(token.raw ?? ""),
            ]
            output += fields.joined(separator: "\t") + "\n"
        }
        return output
    }

    /// The word rows (level 5) of a token TSV: this table's own, or Tesseract's `tsv` output
    /// (whose rows have no `pass`; they get `defaultPass`, and no `raw`). Rows that do not parse
    /// are skipped.
    public static func tokens(parsing text: String, defaultPass: String = "tesseract") -> [Token] {
        var tokens: [Token] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 12, fields[0] == "5",
                  let block = Int(fields[2]), let paragraph = Int(fields[3]), let lineNumber = Int(fields[4]),
                  let word = Int(fields[5]), let left = Int(fields[6]), let top = Int(fields[7]),
                  let width = Int(fields[8]), let height = Int(fields[9]), let confidence = Double(fields[10])
            else { continue }
            let text = fields[11].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let pass = fields.count > 12 && !fields[12].isEmpty ? String(fields[12]) : defaultPass
            let raw = fields.count > 13 && !fields[13].isEmpty ? String(fields[13]) : nil
            tokens.append(Token(
                text: text, confidence: confidence, box: Box(x: left, y: top, width: width, height: height),
                layout: WordLayout(block: block, paragraph: paragraph, line: lineNumber, word: word), pass: pass, raw: raw
            ))
        }
        return tokens
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
