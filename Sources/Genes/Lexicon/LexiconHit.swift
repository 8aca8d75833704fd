/// One lexicon entry that a key names: a gene or a FamPlex family, and how the name relates to it.
public struct LexiconHit: Hashable, Sendable {
    /// What the hit points at.
    public enum Target: Hashable, Sendable {
        /// An index into `Lexicon.genes`.
        case gene(Int)
        /// An index into `Lexicon.families`.
        case family(Int)
    }

    /// The gene or family.
    public var target: Target
    /// Symbol, FamPlex name, alias or previous symbol.
    public var kind: NameKind
}
