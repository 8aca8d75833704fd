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

/// A compact posting of the name index: several postings of one key form a linked list, which
/// keeps loading to one dictionary write per name instead of one array per key.
struct Posting: Sendable {
    /// Gene index, or family index when `kind` is `.famplex`.
    var target: Int32
    var kind: NameKind
    /// The next posting of the same key, or -1.
    var next: Int32
}
