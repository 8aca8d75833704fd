import Records

/// One job sent to a worker process, as one line of JSON on its stdin: the image to read once,
/// and every record (target) to enrich with what it holds.
public struct ChildRequest: Sendable {
    /// One record to write for the image: a record file, an inline record, or none (a minimal
    /// record with a warning).
    public struct Target: Sendable {
        /// The image path this target is known by (the same bytes as the request's image).
        public var image: String
        /// The record file, when the record is a file.
        public var recordPath: String?
        /// The record as a JSON object, when it was given inline.
        public var record: JSONValue?
        /// The figid for a minimal record, when the one derived from the file name is another
        /// figure's (see `BatchPlanner`).
        public var figid: String?
        /// Warnings from finding the record, carried into the enriched record.
        public var warnings: [String]

        /// A target from its parts.
        public init(image: String, recordPath: String? = nil, record: JSONValue? = nil, figid: String? = nil, warnings: [String] = []) {
            self.image = image
            self.recordPath = recordPath
            self.record = record
            self.figid = figid
            self.warnings = warnings
        }
    }

    /// Matches the reply to the request.
    public var id: Int
    /// The records to write; the first target's image is the one read.
    public var targets: [Target]
    /// Folder to write the enriched files to, or nil to write none.
    public var out: String?
    /// Whether each enriched record's JSON line follows the reply.
    public var emit: Bool

    /// A request from its parts.
    public init(id: Int, targets: [Target], out: String?, emit: Bool) {
        self.id = id
        self.targets = targets
        self.out = out
        self.emit = emit
    }

    /// The request as one line of JSON (without the newline).
    public var line: String {
        let targetValues: [JSONValue] = targets.map { target in
            var pairs: [(String, JSONValue)] = [("image", .string(target.image))]
            if let path = target.recordPath { pairs.append(("record_path", .string(path))) }
            if let record = target.record { pairs.append(("record", record)) }
            if let figid = target.figid { pairs.append(("figid", .string(figid))) }
            pairs.append(("warnings", .array(target.warnings.map(JSONValue.string))))
            return .object(pairs)
        }
        return JSONWriter.string(.object([
            ("id", .integer(id)),
            ("targets", .array(targetValues)),
            ("out", out.map(JSONValue.string) ?? .null),
            ("emit", .bool(emit)),
        ]), pretty: false)
    }

    /// Reads a request line; throws `childProtocol` when it is not one.
    public static func parse(_ line: String) throws -> ChildRequest {
        let value = try OrderedJSONParser.parse(line)
        guard case let .number(idText)? = value["id"], let id = Int(idText),
              case let .array(items)? = value["targets"], !items.isEmpty else {
            throw WorkerError(.childProtocol, "malformed request line")
        }
        let targets: [Target] = try items.map { item in
            guard case let .string(image)? = item["image"] else { throw WorkerError(.childProtocol, "request target without image") }
            var warnings: [String] = []
            if case let .array(list)? = item["warnings"] {
                warnings = list.compactMap { if case let .string(text) = $0 { return text } else { return nil } }
            }
            var recordPath: String?
            if case let .string(path)? = item["record_path"] { recordPath = path }
            var figid: String?
            if case let .string(name)? = item["figid"] { figid = name }
            return Target(image: image, recordPath: recordPath, record: item["record"], figid: figid, warnings: warnings)
        }
        var out: String?
        if case let .string(folder)? = value["out"] { out = folder }
        return ChildRequest(id: id, targets: targets, out: out, emit: value["emit"] == .bool(true))
    }
}
