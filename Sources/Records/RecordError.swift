/// Everything that can go wrong reading, finding or writing records, with a stable code, a
/// message naming the file, and where in this module it was thrown.
public struct RecordError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, documented reason; compare codes, not messages.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Hashable, Sendable {
            case unreadable = "record-unreadable"
            case noFrontMatter = "record-no-front-matter"
            case malformedYAML = "record-malformed-yaml"
            case notAMapping = "record-not-a-mapping"
            case unsafeName = "record-unsafe-name"
            case notFound = "record-not-found"
            case duplicateFigid = "record-duplicate-figid"
            case outputNotWritable = "output-not-writable"
        }

        fileprivate let base: Base
        fileprivate init(_ base: Base) { self.base = base }

        /// The record file cannot be read or is not UTF-8.
        public static let unreadable = Code(.unreadable)
        /// The file does not start with a `---` line opening YAML front matter, or never closes it.
        public static let noFrontMatter = Code(.noFrontMatter)
        /// The front matter is not valid YAML.
        public static let malformedYAML = Code(.malformedYAML)
        /// The front matter is valid YAML but not a mapping of fields.
        public static let notAMapping = Code(.notAMapping)
        /// `figid` or `filename` would place a file outside the output folder.
        public static let unsafeName = Code(.unsafeName)
        /// A record was required and none was found for the image.
        public static let notFound = Code(.notFound)
        /// Another figure of the same run already writes outputs under this figid.
        public static let duplicateFigid = Code(.duplicateFigid)
        /// An output file or folder cannot be created or written.
        public static let outputNotWritable = Code(.outputNotWritable)

        /// The code's stable name, e.g. `record-malformed-yaml`.
        public var name: String { base.rawValue }
        /// Same as `name`.
        public var description: String { base.rawValue }
    }

    /// Why it failed.
    public let code: Code
    /// One line for a person: what failed and on which file.
    public let message: String
    /// Where in this module the error was made (`#fileID:#line`), for bug reports.
    public let thrownAt: String

    /// An error with its code and message; the location defaults to the caller's.
    public init(_ code: Code, _ message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.thrownAt = "\(fileID):\(line)"
    }

    /// The message, which already names the file.
    public var description: String { message }
}
