/// Where one source of the gene lexicon came from, recorded in every enriched record so a gene
/// list can be traced to the data that produced it.
public struct LexiconProvenance: Hashable, Sendable {
    /// Short name, e.g. `ncbi-gene`.
    public var name: String
    /// What and which version.
    public var version: String
    /// The data's date.
    public var date: String
    /// Checksum of the artefact it was built from (or its path).
    public var checksum: String

    /// Provenance from its four parts.
    public init(name: String, version: String, date: String, checksum: String) {
        self.name = name
        self.version = version
        self.date = date
        self.checksum = checksum
    }
}
