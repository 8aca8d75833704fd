import Records

/// Parses JSON text into a `JSONValue` whose objects keep their keys in the order written.
///
/// Foundation's `JSONSerialization` returns dictionaries, which lose key order; a PFOCR record
/// given inline on a stage's input must keep it, so its enriched record lists fields as sent.
/// Numbers keep their literal text (no re-rounding). Nesting is limited so hostile input cannot
/// exhaust the stack.
public enum OrderedJSONParser {
    /// Deepest nesting accepted.
    public static let maxDepth = 512

    /// The value of one JSON document; throws `badInput` naming the byte offset of a problem.
    public static func parse(_ text: String) throws -> JSONValue {
        var cursor = Cursor(bytes: Array(text.utf8))
        cursor.skipSpace()
        let value = try cursor.value(depth: 0)
        cursor.skipSpace()
        guard cursor.atEnd else { throw cursor.failure("unexpected text after the JSON value") }
        return value
    }

    /// Reads bytes left to right; one per parse.
    private struct Cursor {
        let bytes: [UInt8]
        var offset = 0

        var atEnd: Bool { offset >= bytes.count }

        func failure(_ what: String) -> WorkerError {
            WorkerError(.badInput, "invalid JSON: \(what) at byte \(offset)")
        }

        mutating func skipSpace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        }

        mutating func expect(_ literal: String, _ value: JSONValue) throws -> JSONValue {
            let expected = Array(literal.utf8)
            guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected else {
                throw failure("expected '\(literal)'")
            }
            offset += expected.count
            return value
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < OrderedJSONParser.maxDepth else { throw failure("nesting deeper than \(OrderedJSONParser.maxDepth)") }
            guard offset < bytes.count else { throw failure("unexpected end of input") }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try expect("true", .bool(true))
            case UInt8(ascii: "f"): return try expect("false", .bool(false))
            case UInt8(ascii: "n"): return try expect("null", .null)
            default: return try number()
            }
        }

        mutating func object(depth: Int) throws -> JSONValue {
            offset += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(pairs)
            }
            while true {
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw failure("expected a string key") }
                let key = try string()
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                offset += 1
                skipSpace()
                pairs.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard offset < bytes.count else { throw failure("unexpected end of input in an object") }
                if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
                if bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(pairs) }
                throw failure("expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            offset += 1
            var items: [JSONValue] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard offset < bytes.count else { throw failure("unexpected end of input in an array") }
                if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
                if bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(items) }
                throw failure("expected ',' or ']'")
            }
        }

        mutating func string() throws -> String {
            offset += 1
            var scalars = String.UnicodeScalarView()
            var run = offset
            // Plain bytes are copied in runs; escapes are decoded one by one.
            func flush(_ end: Int) throws {
                guard run < end else { return }
                guard let text = String(validating: bytes[run..<end], as: UTF8.self) else { throw failure("invalid UTF-8 in a string") }
                scalars.append(contentsOf: text.unicodeScalars)
            }
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    try flush(offset)
                    offset += 1
                    return String(scalars)
                }
                if byte < 0x20 { throw failure("control character in a string") }
                if byte == UInt8(ascii: "\\") {
                    try flush(offset)
                    offset += 1
                    guard offset < bytes.count else { break }
                    let escape = bytes[offset]
                    offset += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
                    default: throw failure("unknown escape")
                    }
                    run = offset
                    continue
                }
                offset += 1
            }
            throw failure("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard offset + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16) else {
                throw failure("bad \\u escape")
            }
            offset += 4
            return value
        }

        mutating func unicodeEscape() throws -> Unicode.Scalar {
            let first = try hex4()
            if (0xD800..<0xDC00).contains(first) {
                // A surrogate pair spells one scalar above U+FFFF.
                guard offset + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate")
                }
                offset += 2
                let second = try hex4()
                guard (0xDC00..<0xE000).contains(second),
                      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                    throw failure("bad surrogate pair")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else { throw failure("unpaired surrogate") }
            return scalar
        }

        mutating func number() throws -> JSONValue {
            let start = offset
            while offset < bytes.count, "+-0123456789.eE".utf8.contains(bytes[offset]) { offset += 1 }
            let text = String(decoding: bytes[start..<offset], as: UTF8.self)
            guard !text.isEmpty else { throw failure("unexpected character") }
            guard JSONValue.isNumberLiteral(text) else { throw failure("bad number '\(text)'") }
            return .number(text)
        }
    }
}
