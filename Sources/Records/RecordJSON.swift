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
            return JSONValue.isNumberLiteral(scalar.text) ? .number(scalar.text) : .string(scalar.text)
        }
    }
}
