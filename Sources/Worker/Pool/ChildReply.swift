import Records

/// A worker process's answer to one request: a JSON line with one result per target, followed
/// (when the request asked to emit) by one enriched-record JSON line per successful target.
public struct ChildReply: Sendable {
    /// The request's id.
    public var id: Int
    /// One result per target, in the request's order.
    public var results: [ChildResult]
    /// The enriched-record lines of the successful targets, in order (emit only).
    public var lines: [String]

    /// A reply from its parts.
    public init(id: Int, results: [ChildResult], lines: [String] = []) {
        self.id = id
        self.results = results
        self.lines = lines
    }

    /// The header line (without newline); `lines` follow it.
    var headerLine: String {
        JSONWriter.string(.object([
            ("id", .integer(id)),
            ("results", .array(results.map(\.json))),
            ("lines", .integer(lines.count)),
        ]), pretty: false)
    }

    /// Reads a header line; returns the reply without its lines and how many lines follow.
    static func parseHeader(_ line: String) throws -> (reply: ChildReply, lineCount: Int) {
        let value = try OrderedJSONParser.parse(line)
        guard case let .number(idText)? = value["id"], let id = Int(idText), case let .array(items)? = value["results"] else {
            throw WorkerError(.childProtocol, "malformed reply line")
        }
        var count = 0
        if case let .number(countText)? = value["lines"] { count = Int(countText) ?? 0 }
        return (ChildReply(id: id, results: try items.map(ChildResult.init(json:))), count)
    }
}
