/// Which matching rules named a record's genes, recorded beside the lexicon's sources: the same
/// lexicon names other genes under other rules (a stopped word, a correction), so a gene list is
/// traced to the rules as well as to the data.
public struct MatcherProvenance: Hashable, Sendable {
    /// The matcher's code revision (`GeneMatcher.revision`).
    public var revision: Int
    /// Checksum of the rules' data files (stop lists, affixes), `sha256:` and hex.
    public var rules: String

    /// Provenance from its two parts.
    public init(revision: Int, rules: String) {
        self.revision = revision
        self.rules = rules
    }
}
