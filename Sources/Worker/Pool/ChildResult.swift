import Records

/// What became of one target of a request: the files written and what was found, or why it
/// failed (a stable code and a message naming the file).
public struct ChildResult: Sendable, Hashable {
    /// The enriched record's name; nil on failure.
    public var figid: String?
    /// The files written (empty when the request wrote none, or on failure).
    public var outputs: [String]
    /// Tokens read.
    public var tokens: Int
    /// Genes found.
    public var genes: Int
    /// The image's SHA-256.
    public var sha256: String?
    /// Seconds spent on this target in the worker process.
    public var seconds: Double
    /// The failure code (`FailureKind` name, or a worker code such as `child-crashed`); nil on success.
    public var code: String?
    /// The failure message; nil on success.
    public var message: String?

    /// Whether the target succeeded.
    public var succeeded: Bool { code == nil }

    /// A success.
    public static func done(figid: String, outputs: [String], tokens: Int, genes: Int, sha256: String, seconds: Double) -> ChildResult {
        ChildResult(figid: figid, outputs: outputs, tokens: tokens, genes: genes, sha256: sha256, seconds: seconds, code: nil, message: nil)
    }

    /// A failure.
    public static func failed(code: String, message: String, seconds: Double = 0) -> ChildResult {
        ChildResult(figid: nil, outputs: [], tokens: 0, genes: 0, sha256: nil, seconds: seconds, code: code, message: message)
    }

    /// The result as a JSON object.
    var json: JSONValue {
        if let code {
            return .object([("code", .string(code)), ("message", .string(message ?? "")), ("seconds", .decimal(seconds, digits: 3))])
        }
        return .object([
            ("figid", .string(figid ?? "")),
            ("outputs", .array(outputs.map(JSONValue.string))),
            ("tokens", .integer(tokens)),
            ("genes", .integer(genes)),
            ("sha256", .string(sha256 ?? "")),
            ("seconds", .decimal(seconds, digits: 3)),
        ])
    }

    /// Reads a result object.
    init(json: JSONValue) throws {
        func text(_ key: String) -> String? { if case let .string(value)? = json[key] { return value } else { return nil } }
        func number(_ key: String) -> Double { if case let .number(value)? = json[key] { return Double(value) ?? 0 } else { return 0 } }
        var outputs: [String] = []
        if case let .array(items)? = json["outputs"] {
            outputs = items.compactMap { if case let .string(path) = $0 { return path } else { return nil } }
        }
        self.init(
            figid: text("figid"), outputs: outputs, tokens: Int(number("tokens")), genes: Int(number("genes")),
            sha256: text("sha256"), seconds: number("seconds"), code: text("code"), message: text("message")
        )
    }

    private init(figid: String?, outputs: [String], tokens: Int, genes: Int, sha256: String?, seconds: Double, code: String?, message: String?) {
        self.figid = figid
        self.outputs = outputs
        self.tokens = tokens
        self.genes = genes
        self.sha256 = sha256
        self.seconds = seconds
        self.code = code
        self.message = message
    }
}
