import Foundation
import Yams

/// Reads PFOCR records: a `---` line, YAML front matter, a closing `---` (or `...`) line, then
/// the markdown body.
public enum RecordParser {
    /// Reads and parses the record file at `path`.
    public static func parse(fileAt path: String) throws -> Record {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RecordError(.unreadable, "\(path): cannot read the record (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RecordError(.unreadable, "\(path): the record is not valid UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Parses record text; `source` names it in error messages.
    public static func parse(_ text: String, source: String) throws -> Record {
        let (frontMatter, body) = try split(text, source: source)
        let node: Node?
        do {
            node = try Yams.compose(yaml: frontMatter)
        } catch let error as YamlError {
            throw RecordError(.malformedYAML, "\(source): malformed YAML front matter: \(oneLine(error))")
        } catch {
            throw RecordError(.malformedYAML, "\(source): malformed YAML front matter: \(error)")
        }
        guard let node, case let .mapping(fields) = RecordYAML.value(of: node) else {
            throw RecordError(.notAMapping, "\(source): the front matter is not a mapping of `key: value` fields")
        }
        return Record(fields: fields, body: body, frontMatterSource: frontMatter)
    }

    /// Splits text into the front matter (without its `---` lines) and the body.
    static func split(_ text: String, source: String) throws -> (frontMatter: String, body: String) {
        var content = Substring(text)
        if content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
        var lines = content.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, closing: false) else {
            throw RecordError(.noFrontMatter, "\(source): no YAML front matter (a record starts with a '---' line)")
        }
        var rest = lines.count > 1 ? lines[1] : ""
        var frontMatter = ""
        while !rest.isEmpty {
            lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = lines[0]
            rest = lines.count > 1 ? lines[1] : ""
            if isFence(line, closing: true) {
                return (frontMatter, String(rest))
            }
            frontMatter += line + "\n"
        }
        throw RecordError(.noFrontMatter, "\(source): the YAML front matter is never closed (no second '---' line)")
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
        let bare = trimmed.reversed().drop { $0 == " " || $0 == "\t" }
        let fence = String(bare.reversed())
        return fence == "---" || (closing && fence == "...")
    }

    /// Yams' descriptions span several lines and quote the document; one line is enough here,
    /// with the line number counted in the record file (the opening `---` is line 1).
    private static func oneLine(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "\(problem) at line \(mark.line + 1), column \(mark.column)"
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
        }
    }
}
