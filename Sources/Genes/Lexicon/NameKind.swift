/// What a lexicon name is to its target, in match priority order (smaller is preferred).
public enum NameKind: UInt8, Hashable, Sendable, Comparable, CaseIterable {
    /// The gene's official symbol.
    case symbol = 0
    /// A FamPlex family or complex name (the target is the family).
    case famplex = 1
    /// A synonym that FamPlex's curated grounding map gives to this gene alone (`p65` -> RELA):
    /// it settles an alias that NCBI shares among several genes.
    case groundedAlias = 2
    /// A synonym of the gene.
    case alias = 3
    /// A previous official symbol of the gene.
    case previous = 4

    /// Priority order: symbol < famplex < grounded alias < alias < previous.
    public static func < (lhs: NameKind, rhs: NameKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
