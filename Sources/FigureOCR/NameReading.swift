/// How firmly a word names something (a gene, a family), weakest first: not at all, only once
/// the lexicon corrects misread glyphs, as written but only as an alias, or as written as a
/// symbol or family's name. One lexicon query answers every question the `reread` pass asks of
/// a word (`NameLexicon`).
public enum NameReading: Int, Comparable, Sendable {
    /// Names nothing, even corrected.
    case none
    /// Names something only once corrected (`NDUFAS` for NDUFA5).
    case corrected
    /// Names something as written, but only as an alias.
    case alias
    /// As written, an official (or previous) symbol or a family's name.
    case symbol

    public static func < (lhs: NameReading, rhs: NameReading) -> Bool { lhs.rawValue < rhs.rawValue }
}
