/// Writes `JSONValue`s as text: compact (one line, for NDJSON streams) or indented by two
/// spaces (for files), always in the same bytes for the same value.
public enum JSONWriter {
    /// The value as JSON text; `pretty` indents nested values, one per line.
    public static func string(_ value: JSONValue, pretty: Bool) -> String {
        var output = ""
        write(value, into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: Int?) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(text): output += text
        case let .string(text): writeString(text, into: &output)
        case let .array(items):
            guard !items.isEmpty else { output += "[]"; return }
            // Short arrays of numbers (boxes) stay on one line even when pretty.
            let inline = items.count <= 4 && items.allSatisfy { if case .number = $0 { true } else { false } }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += inline && indent != nil ? ", " : "," }
                if !inline { newline(into: &output, indent: indent.map { $0 + 1 }) }
                write(item, into: &output, indent: indent.map { $0 + 1 })
            }
            if !inline { newline(into: &output, indent: indent) }
            output += "]"
        case let .object(pairs):
            guard !pairs.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, (key, item)) in pairs.enumerated() {
                if index > 0 { output += "," }
                newline(into: &output, indent: indent.map { $0 + 1 })
                writeString(key, into: &output)
                output += indent == nil ? ":" : ": "
                write(item, into: &output, indent: indent.map { $0 + 1 })
            }
            newline(into: &output, indent: indent)
            output += "}"
        }
    }

    private static func newline(into output: inout String, indent: Int?) {
        guard let indent else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most strings (tokens, keys, paths) need no escape: appended whole, not scalar by scalar.
        if !needsEscape(text) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                // U+2028/2029 are valid JSON but break JavaScript consumers of NDJSON lines.
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// True when `text` holds a quote, a backslash, a control character or U+2028/2029
    /// (UTF-8 E2 80 A8/A9), the characters `writeString` escapes.
    private static func needsEscape(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
