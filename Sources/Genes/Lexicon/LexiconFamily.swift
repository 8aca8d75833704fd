/// A FamPlex family or complex: its id, its member genes (transitively expanded) and its names.
public struct LexiconFamily: Hashable, Sendable {
    /// FamPlex id, e.g. `AMPK` or `p14_3_3`.
    public var id: String
    /// Indices into `Lexicon.genes` of the member genes.
    public var members: [Int]
    /// Names that denote the family (FamPlex id and grounding-map texts).
    public var names: [String]

    /// A family from its id, members and names.
    public init(id: String, members: [Int], names: [String]) {
        self.id = id
        self.members = members
        self.names = names
    }
}
