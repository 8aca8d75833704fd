/// One figure of a batch's input, with its record found and its identity computed, before the
/// state decides whether it needs work.
public struct PlannedFigure: Sendable {
    /// The image's absolute path.
    public var imagePath: String
    /// SHA-256 of the image, nil when it cannot be read (a worker will say why).
    public var imageSHA256: String?
    /// The record file, if found.
    public var recordPath: String?
    /// SHA-256 of the record file.
    public var recordSHA256: String?
    /// The output name (figid) to use instead of the one derived from the file name, when
    /// another figure of the batch has that one; nil when the usual name is this figure's.
    public var outputName: String?
    /// Warnings from finding the record.
    public var warnings: [String]
    /// The job identity.
    public var identity: JobIdentity
    /// A failure found before any reading (record malformed, or required and missing).
    public var failure: (code: String, message: String)?

    /// A planned figure from its parts.
    public init(imagePath: String, imageSHA256: String?, recordPath: String?, recordSHA256: String?, outputName: String? = nil, warnings: [String], identity: JobIdentity, failure: (code: String, message: String)? = nil) {
        self.imagePath = imagePath
        self.imageSHA256 = imageSHA256
        self.recordPath = recordPath
        self.recordSHA256 = recordSHA256
        self.outputName = outputName
        self.warnings = warnings
        self.identity = identity
        self.failure = failure
    }
}
