/// One distinct gene of a figure and its record, with where it was found.
public struct GeneSummary: Hashable, Sendable {
    /// Official symbol.
    public var symbol: String
    /// NCBI Gene id.
    public var ncbigeneID: String
    /// Organism of the lexicon entry.
    public var organism: String
    /// Figure, record, or both.
    public var status: GeneStatus
    /// The distinct OCR words that named it in the figure, in order of first mention.
    public var figureWords: [String]
    /// Whether the record's `schema-jsonld.keywords` name it.
    public var inKeywords: Bool
    /// Whether the record's caption names it.
    public var inCaption: Bool

    /// A summary from its parts.
    public init(symbol: String, ncbigeneID: String, organism: String, status: GeneStatus,
                figureWords: [String], inKeywords: Bool, inCaption: Bool) {
        self.symbol = symbol
        self.ncbigeneID = ncbigeneID
        self.organism = organism
        self.status = status
        self.figureWords = figureWords
        self.inKeywords = inKeywords
        self.inCaption = inCaption
    }
}
