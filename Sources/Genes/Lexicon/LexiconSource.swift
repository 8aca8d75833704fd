/// Provenance of one source of a lexicon: what it is, its version, its date and its checksum.
public struct LexiconSource: Hashable, Sendable, Codable {
    /// Short name, e.g. `ncbi-gene` or `famplex`.
    public var name: String
    /// What and which version, e.g. `FamPlex 0.0.5 (PyPI famplex==0.0.5, CC0)`.
    public var version: String
    /// The date of the data, as the source gives it.
    public var date: String
    /// `sha256:<hex>` of the artefact it was built from, or the file path for files read directly.
    public var checksum: String

    /// A source from its four parts.
    public init(name: String, version: String, date: String, checksum: String) {
        self.name = name
        self.version = version
        self.date = date
        self.checksum = checksum
    }
}
