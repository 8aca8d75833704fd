/// The JSON form of record values: mappings become objects in field order, scalars become
/// what YAML resolved them to (quoted scalars stay strings, `year: '2022'` is `"2022"`).
enum RecordJSON {
    /// The JSON of one record value.
    static func value(_ value: RecordValue) -> JSONValue {
        switch value {
        case let .scalar(scalar):
            return self.scalar(scalar)
        case let .sequence(items):
            return .array(items.map(self.value))
        case let .mapping(fields):
            return .object(fields.map { ($0.key, self.value($0.value)) })
        }
    }

    private static func scalar(_ scalar: RecordScalar) -> JSONValue {
        switch scalar.kind {
        case .string:
            return .string(scalar.text)
        case .null:
            return .null
        case .boolean:
            return .bool(["true", "yes", "on", "y"].contains(scalar.text.lowercased()))
        case .integer, .float:
            // YAML numbers that JSON cannot spell (0x1F, 1_000, .inf) keep their text.
            return isJSONNumber(scalar.text) ? .number(scalar.text) : .string(scalar.text)
        }
    }

    /// True when `text` follows JSON's number grammar exactly.
    static func isJSONNumber(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" { chars = chars.dropFirst() }
        let integer = chars.prefix { $0.isASCII && $0.isNumber }
        guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
        chars = chars.dropFirst(integer.count)
        if chars.first == "." {
            chars = chars.dropFirst()
            let fraction = chars.prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return false }
            chars = chars.dropFirst(fraction.count)
        }
        if chars.first == "e" || chars.first == "E" {
            chars = chars.dropFirst()
            if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
            let exponent = chars.prefix { $0.isASCII && $0.isNumber }
            guard !exponent.isEmpty else { return false }
            chars = chars.dropFirst(exponent.count)
        }
        return chars.isEmpty
    }
}
