/// A JSON value whose objects keep their key order, so the enriched record's JSON is written
/// in a fixed, documented order and byte-identical across runs.
public indirect enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as its JSON literal text so values read from YAML are not re-rounded.
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, keys in the order given.
    case object([(String, JSONValue)])

    /// A whole number.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A decimal number with at most `digits` digits after the point, trailing zeros trimmed.
    public static func decimal(_ value: Double, digits: Int = 4) -> JSONValue {
        guard value.isFinite else { return .null }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return .number(String(Int(rounded))) }
        return .number(String(rounded))
    }

    /// True when `text` is exactly one number in JSON's grammar (RFC 8259): YAML numbers such as
    /// `0x1F` or `.inf`, and malformed input, are not.
    public static func isNumberLiteral(_ text: String) -> Bool {
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

    /// The value of `key` when this is an object holding it.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.elementsEqual(b) { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case let .bool(value): hasher.combine(value)
        case let .number(text): hasher.combine(text)
        case let .string(text): hasher.combine(text)
        case let .array(items): hasher.combine(items)
        case let .object(pairs):
            for (key, value) in pairs {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }
}
