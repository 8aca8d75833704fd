/// One gene of the lexicon: NCBI Gene id, official symbol, type and other names.
public struct LexiconGene: Hashable, Sendable {
    /// NCBI Gene id, e.g. `5594`.
    public var geneID: String
    /// Official symbol, e.g. `MAPK1`.
    public var symbol: String
    /// NCBI type_of_gene, e.g. `protein-coding`.
    public var type: String
    /// Synonyms (NCBI `Synonyms`, FamPlex grounding names).
    public var aliases: [String]
    /// Previous official symbols, when a source tells them apart from aliases.
    public var previous: [String]
    /// Synonyms that FamPlex's grounding map assigns to this gene (preferred over shared aliases).
    public var groundedAliases: [String]
    /// True for NCBI type `protein-coding`.
    public var isProteinCoding: Bool { type == "protein-coding" }
    /// Index of the gene's organism in `Lexicon.organisms`.
    public var organismIndex: Int

    /// A gene from all of its parts.
    public init(geneID: String, symbol: String, type: String, aliases: [String], previous: [String],
                groundedAliases: [String] = [], organismIndex: Int) {
        self.geneID = geneID
        self.symbol = symbol
        self.type = type
        self.aliases = aliases
        self.previous = previous
        self.groundedAliases = groundedAliases
        self.organismIndex = organismIndex
    }
}
