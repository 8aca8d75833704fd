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
    ///
    /// Works on Unicode scalars, not Characters: Swift reads "\r\n" as one Character, and
    /// records written on Windows must split the same way.
    static func split(_ text: String, source: String) throws -> (frontMatter: String, body: String) {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var lines = LineCursor(scalars)
        guard let first = lines.next(), isFence(first, closing: false) else {
            throw RecordError(.noFrontMatter, "\(source): no YAML front matter (a record starts with a '---' line)")
        }
        var frontMatter = String.UnicodeScalarView()
        while let line = lines.next() {
            if isFence(line, closing: true) {
                return (String(frontMatter), String(lines.rest))
            }
            frontMatter.append(contentsOf: line)
            frontMatter.append("\n")
        }
        throw RecordError(.noFrontMatter, "\(source): the YAML front matter is never closed (no second '---' line)")
    }

    /// A fence line is `---` (or `...` to close), with trailing blanks or a carriage return.
    private static func isFence(_ line: Substring.UnicodeScalarView, closing: Bool) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, [" ", "\t", "\r"].contains(line[line.index(before: end)]) {
            end = line.index(before: end)
        }
        let fence = String(String.UnicodeScalarView(line[line.startIndex..<end]))
        return fence == "---" || (closing && fence == "...")
    }

    /// Hands out the lines of a text one at a time (without their "\n"), and what is left.
    private struct LineCursor {
        private(set) var rest: Substring.UnicodeScalarView

        init(_ text: Substring.UnicodeScalarView) { rest = text }

        mutating func next() -> Substring.UnicodeScalarView? {
            guard !rest.isEmpty else { return nil }
            guard let newline = rest.firstIndex(of: "\n") else {
                defer { rest = rest[rest.endIndex...] }
                return rest
            }
            defer { rest = rest[rest.index(after: newline)...] }
            return rest[rest.startIndex..<newline]
        }
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
