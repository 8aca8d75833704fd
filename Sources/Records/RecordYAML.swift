import Yams

/// Converts between Yams' nodes and the record's own lossless values, and writes YAML.
enum RecordYAML {
    /// The record value of a composed YAML node (aliases resolved to their text).
    static func value(of node: Node) -> RecordValue {
        switch node {
        case let .scalar(scalar):
            return .scalar(RecordScalar(text: scalar.string, style: style(of: scalar.style), kind: kind(of: node)))
        case let .sequence(sequence):
            return .sequence(sequence.map(value(of:)))
        case let .mapping(mapping):
            return .mapping(mapping.map { RecordField(key: $0.key.string ?? "", value: value(of: $0.value)) })
        case .alias:
            return .string(node.string ?? "")
        }
    }

    /// The YAML node that writes `value` back as it was read.
    static func node(of value: RecordValue, tags: Tags) -> Node {
        switch value {
        case let .scalar(scalar):
            return .scalar(Node.Scalar(scalar.text, tags.of(scalar.kind), nodeStyle(of: scalar, tags: tags)))
        case let .sequence(items):
            return .sequence(Node.Sequence(items.map { node(of: $0, tags: tags) }, tags.sequence))
        case let .mapping(fields):
            // Keys tagged as strings: an untagged one is resolved by Yams' regular expressions when
            // written, for no effect (Yams always writes scalars' tags as implicit).
            return .mapping(Node.Mapping(fields.map { (Node($0.key, tags.string), node(of: $0.value, tags: tags)) }, tags.mapping))
        }
    }

    /// The tags one serialization gives its nodes. Yams' `Tag(name)` builds a new default
    /// `Constructor` (three dictionaries of closures) every time, and so does its `.implicit`
    /// tag of a mapping or sequence when written: that was most of the cost of writing a
    /// record's front matter. These share one.
    struct Tags {
        let string, integer, float, boolean, null, mapping, sequence, implicit: Tag

        init() {
            let constructor = Constructor.default
            func tag(_ name: Tag.Name) -> Tag { Tag(name, .default, constructor) }
            (string, integer, float, boolean, null) = (tag(.str), tag(.int), tag(.float), tag(.bool), tag(.null))
            // Yams' emitter writes no tag for `map` and `seq`, so these give the same YAML as the
            // default `.implicit` ones (the seed record's outputs were byte-identical).
            (mapping, sequence, implicit) = (tag(.map), tag(.seq), tag(.implicit))
        }

        func of(_ kind: RecordScalar.Kind) -> Tag {
            switch kind {
            case .string: return string
            case .integer: return integer
            case .float: return float
            case .boolean: return boolean
            case .null: return null
            }
        }
    }

    /// `fields` as block YAML, one top-level key per field, ending with a newline.
    static func serialize(_ fields: [RecordField]) throws -> String {
        guard !fields.isEmpty else { return "" }
        // Unlimited width keeps long captions on one line rather than folding them at 80.
        return try Yams.serialize(node: node(of: .mapping(fields), tags: Tags()), width: -1, allowUnicode: true)
    }

    private static func style(of style: Node.Scalar.Style) -> RecordScalar.Style {
        switch style {
        case .plain: return .plain
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        case .any: return .any
        }
    }

    private static func kind(of node: Node) -> RecordScalar.Kind {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return .string }
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .int: return .integer
        case .float: return .float
        case .bool: return .boolean
        case .null: return .null
        default: return .string
        }
    }

    /// False when no rule of Yams' default resolver can match `text` (each needs its first
    /// character to be one of these: bool y/n/t/f/o, int and float a sign, digit or dot, null
    /// `~` or n, merge `<`, value `=`, timestamp a digit), so the regular expressions, most of
    /// the cost of writing a record, need not run.
    static func mayResolveAsNonString(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        return nonStringStarts.contains(first)
    }

    private static let nonStringStarts = Set("yYnNtTfFoO+-0123456789.~<=".utf8)

    private static func nodeStyle(of scalar: RecordScalar, tags: Tags) -> Node.Scalar.Style {
        switch scalar.style {
        case .plain: return .plain
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        case .any:
            // New strings that YAML would read as something else (`'2022'`, `yes`, `null`) or
            // that span lines are quoted or written as blocks so they read back as strings.
            if scalar.kind != .string { return .plain }
            if scalar.text.contains("\n") { return .literal }
            guard !scalar.text.isEmpty else { return .singleQuoted }
            guard mayResolveAsNonString(scalar.text) else { return .any }
            let resolved = Resolver.default.resolveTag(of: Node(scalar.text, tags.implicit, .plain))
            return resolved != .str ? .singleQuoted : .any
        }
    }
}
