/// Everything the matcher decides by data or switch rather than by code: skip rules, the stop
/// lists and affixes (data files compiled into the module), and the optional steps.
public struct MatchRules: Sendable {
    /// Which tokens are not looked up at all.
    public var skip: SkipRules
    /// Words never taken for genes.
    public var stopList: StopList
    /// Prefixes and suffixes stripped when the rest is a name.
    public var affixes: AffixRules
    /// Whether one-substitution OCR correction to official symbols is tried.
    public var correctsOCRConfusions: Bool
    /// Whether adjacent tokens on one line are tried as one name (`NF kB`).
    public var joinsAdjacentTokens: Bool
    /// Whether a final receptor `R` is stripped when the rest is a name.
    public var stripsFinalR: Bool
    /// Whether a name that fits several genes equally well (an alias or previous symbol that
    /// NCBI gives to several genes, or a word one substitution away from several symbols) is
    /// reported for every one of them, flagged `ambiguous`. Off by default: in the figure
    /// recipe's output on the dev set's WikiPathways figures, 46 of the 372 ids such names gave
    /// were drawn genes, and PFOCR's own lexicon maps each alias to one gene. FamPlex families are not ambiguous in this
    /// sense: the name stands for all their members.
    public var reportsAmbiguousNames: Bool

    /// Rules from their parts; every step on by default, ambiguous names not reported.
    public init(skip: SkipRules = SkipRules(), stopList: StopList, affixes: AffixRules,
                correctsOCRConfusions: Bool = true, joinsAdjacentTokens: Bool = true, stripsFinalR: Bool = true,
                reportsAmbiguousNames: Bool = false) {
        self.skip = skip
        self.stopList = stopList
        self.affixes = affixes
        self.correctsOCRConfusions = correctsOCRConfusions
        self.joinsAdjacentTokens = joinsAdjacentTokens
        self.stripsFinalR = stripsFinalR
        self.reportsAmbiguousNames = reportsAmbiguousNames
    }

    /// The project's rules: the data files `stopwords.txt`, `common-words.txt` and `affixes.txt`
    /// under `Sources/Genes/Resources`, embedded in the module at build time.
    public static let standard = MatchRules(
        stopList: StopList(
            always: StopList.words(parsing: String(decoding: PackageResources.stopwords_txt, as: UTF8.self)),
            unlessUpperCase: StopList.words(parsing: String(decoding: PackageResources.common_words_txt, as: UTF8.self))),
        affixes: AffixRules(parsing: String(decoding: PackageResources.affixes_txt, as: UTF8.self)))

    /// The standard rules' data files by name, as embedded: what a matcher's identity hashes
    /// beside `GeneMatcher.revision`, so that an edit to a stop list changes it with no
    /// revision to raise by hand.
    public static let standardData: [(name: String, bytes: [UInt8])] = [
        ("stopwords.txt", PackageResources.stopwords_txt),
        ("common-words.txt", PackageResources.common_words_txt),
        ("affixes.txt", PackageResources.affixes_txt),
    ]
}
