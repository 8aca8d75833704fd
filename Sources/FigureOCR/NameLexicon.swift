/// What the reading knows of names, without depending on how names are found: whether a word,
/// exactly as written or once misread glyphs are corrected, names something (a gene, a family),
/// and whether as a symbol or only as an alias. The `reread` pass asks it which readings to
/// doubt and which rereadings to believe; the gene lexicon answers it.
public protocol NameLexicon {
    /// How firmly `word` names something.
    func reading(of word: String) -> NameReading
}

extension NameLexicon {
    /// True when `word`, as written (no OCR correction), is a name.
    public func knows(_ word: String) -> Bool { reading(of: word) >= .alias }

    /// True when `word` is a name once the lexicon's OCR corrections are allowed (`NDUFAS` for
    /// NDUFA5), or as written.
    public func knowsCorrected(_ word: String) -> Bool { reading(of: word) >= .corrected }

    /// True when `word`, as written, is an official (or previous) symbol or a family's name,
    /// not only an alias.
    public func knowsAsSymbol(_ word: String) -> Bool { reading(of: word) == .symbol }
}
