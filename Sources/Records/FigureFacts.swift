/// What is known about the figure's image file itself.
public struct FigureFacts: Hashable, Sendable {
    /// The image path as it was given.
    public var path: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// File size in bytes.
    public var bytes: Int

    /// Facts from their parts.
    public init(path: String, sha256: String, width: Int, height: Int, bytes: Int) {
        self.path = path
        self.sha256 = sha256
        self.width = width
        self.height = height
        self.bytes = bytes
    }
}
