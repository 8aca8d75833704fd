/// A YAML value of a record, kept losslessly: mappings keep their key order, scalars keep their
/// text, their quoting style and what YAML resolves them to.
public indirect enum RecordValue: Hashable, Sendable {
    /// A leaf value.
    case scalar(RecordScalar)
    /// A list, in order.
    case sequence([RecordValue])
    /// Fields in their original order.
    case mapping([RecordField])

    /// A plain string scalar, quoted by the writer where YAML needs it.
    public static func string(_ text: String) -> RecordValue {
        .scalar(RecordScalar(text: text, style: .any, kind: .string))
    }

    /// The scalar's text, or nil for lists and mappings.
    public var text: String? {
        if case let .scalar(scalar) = self { return scalar.text }
        return nil
    }

    /// The value of `key` when this is a mapping holding it.
    public subscript(key: String) -> RecordValue? {
        guard case let .mapping(fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }
}

/// One `key: value` pair of a mapping.
public struct RecordField: Hashable, Sendable {
    /// The key as written (keys such as `'@context'` keep their text, not their quotes).
    public var key: String
    /// The value.
    public var value: RecordValue

    /// A field from its key and value.
    public init(key: String, value: RecordValue) {
        self.key = key
        self.value = value
    }
}

/// A YAML scalar with what is needed to write it back the way it was read.
public struct RecordScalar: Hashable, Sendable {
    /// How the scalar was written.
    public enum Style: String, Hashable, Sendable {
        /// Let the writer choose (used for new values).
        case any
        /// Unquoted.
        case plain
        /// `'single quoted'`.
        case singleQuoted
        /// `"double quoted"`.
        case doubleQuoted
        /// `|` block.
        case literal
        /// `>` block.
        case folded
    }

    /// What YAML resolves the scalar to; quoted scalars are always strings.
    public enum Kind: String, Hashable, Sendable {
        /// Text.
        case string
        /// An integer such as `12`.
        case integer
        /// A number such as `0.9426126`.
        case float
        /// `true`, `false` (and YAML 1.1's `yes`, `no`, `on`, `off`).
        case boolean
        /// `null`, `~` or nothing.
        case null
    }

    /// The scalar's text, without quotes.
    public var text: String
    /// How it was written.
    public var style: Style
    /// What it means.
    public var kind: Kind

    /// A scalar from its parts.
    public init(text: String, style: Style, kind: Kind) {
        self.text = text
        self.style = style
        self.kind = kind
    }
}
