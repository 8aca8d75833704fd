/// A FamPlex family or complex: its id and its member genes (transitively expanded). Its names
/// live in the lexicon's index as match keys.
public struct LexiconFamily: Hashable, Sendable {
    /// FamPlex id, e.g. `AMPK` or `p14_3_3`.
    public var id: String
    /// Indices of the member genes (see `Lexicon.gene(at:)`), never empty.
    public var members: [Int]

    /// A family from its id and members.
    public init(id: String, members: [Int]) {
        self.id = id
        self.members = members
    }
}
