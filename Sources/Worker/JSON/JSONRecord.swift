import Records

/// Builds a PFOCR `Record` from a record given as a JSON object (a stage's inline record),
/// keeping the keys in the order sent.
public enum JSONRecord {
    /// The record whose front matter is `object`; throws `badInput` when it is not an object.
    public static func record(from object: JSONValue) throws -> Record {
        guard case let .object(pairs) = object else {
            throw WorkerError(.badInput, "the record is not a JSON object")
        }
        return Record(fields: pairs.map { RecordField(key: $0.0, value: value(of: $0.1)) })
    }

    /// The YAML value a JSON value becomes: what YAML would read back as the same JSON.
    static func value(of json: JSONValue) -> RecordValue {
        switch json {
        case .null:
            return .scalar(RecordScalar(text: "null", style: .plain, kind: .null))
        case let .bool(flag):
            return .scalar(RecordScalar(text: flag ? "true" : "false", style: .plain, kind: .boolean))
        case let .number(text):
            let isInteger = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            return .scalar(RecordScalar(text: text, style: .plain, kind: isInteger ? .integer : .float))
        case let .string(text):
            return .string(text)
        case let .array(items):
            return .sequence(items.map(value(of:)))
        case let .object(pairs):
            return .mapping(pairs.map { RecordField(key: $0.0, value: value(of: $0.1)) })
        }
    }
}
