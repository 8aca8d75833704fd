/// The one error type of the `Genes` module: a stable code, a message for people, the data file
/// and line it concerns when there is one, and the Swift source location that threw it.
public struct GenesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, documented error code; compare codes, never messages.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        // A private enum behind a public struct lets codes be added without breaking clients
        // that switch over them (the swift-service-lifecycle ServiceGroupError pattern).
        private enum Value: String, Hashable, Sendable {
            case lexiconMissing = "lexicon-missing"
            case unreadableFile = "unreadable-file"
            case malformedLine = "malformed-line"
            case unsupportedFormat = "unsupported-format"
            case corruptCompressedData = "corrupt-compressed-data"
            case invalidIndex = "invalid-index"
            case unwritableFile = "unwritable-file"
        }

        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// No lexicon at the given or default locations.
        public static let lexiconMissing = Code(.lexiconMissing)
        /// A file exists but cannot be read.
        public static let unreadableFile = Code(.unreadableFile)
        /// A line of a lexicon source does not have the expected fields.
        public static let malformedLine = Code(.malformedLine)
        /// A compiled lexicon of another format or version.
        public static let unsupportedFormat = Code(.unsupportedFormat)
        /// A `.gz` file that zlib cannot inflate.
        public static let corruptCompressedData = Code(.corruptCompressedData)
        /// A lexicon index file that is truncated, corrupt, of another version or stale, or a
        /// lexicon the index format cannot hold; the lexicon is then loaded from its sources.
        public static let invalidIndex = Code(.invalidIndex)
        /// A file (the lexicon index cache) cannot be written.
        public static let unwritableFile = Code(.unwritableFile)

        /// The code as a stable string, e.g. `malformed-line`.
        public var description: String { value.rawValue }
    }

    /// What went wrong, as a stable code.
    public let code: Code
    /// A message for people, naming the file and line when there is one.
    public let message: String
    /// The data file concerned, if any.
    public let path: String?
    /// The 1-based line of `path` concerned, if any.
    public let lineNumber: Int?
    /// The Swift source file that threw.
    public let file: String
    /// The Swift source line that threw.
    public let line: Int

    init(_ code: Code, _ message: String, path: String? = nil, lineNumber: Int? = nil,
         file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.path = path
        self.lineNumber = lineNumber
        self.file = file
        self.line = line
    }

    /// `GenesError(malformed-line): <message>`, with the data location first when known.
    public var description: String {
        var location = ""
        if let path {
            location = lineNumber.map { "\(path):\($0): " } ?? "\(path): "
        }
        return "GenesError(\(code)): \(location)\(message)"
    }

    /// A line of `path` that does not parse.
    static func malformed(_ path: String, line lineNumber: Int, _ reason: String,
                          file: String = #fileID, line: Int = #line) -> GenesError {
        GenesError(.malformedLine, reason, path: path, lineNumber: lineNumber, file: file, line: line)
    }
}
