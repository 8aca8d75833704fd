/// One entry of a match key in the index: a gene (or a family when `kind` is `.famplex`) and
/// how the key's name relates to it.
struct Posting: Hashable, Sendable {
    /// Gene index, or family index when `kind` is `.famplex`.
    var target: Int32
    var kind: NameKind

    /// The order `Lexicon.hits(forKey:)` gives: most trusted kind first, then load order.
    static func hitOrder(_ lhs: Posting, _ rhs: Posting) -> Bool {
        (lhs.kind, lhs.target) < (rhs.kind, rhs.target)
    }

    /// The public form of the posting.
    var hit: LexiconHit {
        LexiconHit(target: kind == .famplex ? .family(Int(target)) : .gene(Int(target)), kind: kind)
    }
}
