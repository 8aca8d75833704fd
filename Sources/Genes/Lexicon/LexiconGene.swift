/// One gene of the lexicon: NCBI Gene id, official symbol, type and organism. Its names
/// (symbol, aliases, previous symbols) live in the lexicon's index as match keys.
public struct LexiconGene: Hashable, Sendable {
    /// NCBI Gene id, e.g. `5594`.
    public var geneID: String
    /// Official symbol, e.g. `MAPK1`.
    public var symbol: String
    /// NCBI type_of_gene, e.g. `protein-coding`.
    public var type: String
    /// Index of the gene's organism in `Lexicon.organisms`.
    public var organismIndex: Int
    /// True for NCBI type `protein-coding`.
    public var isProteinCoding: Bool { type == "protein-coding" }

    /// A gene from all of its parts.
    public init(geneID: String, symbol: String, type: String, organismIndex: Int) {
        self.geneID = geneID
        self.symbol = symbol
        self.type = type
        self.organismIndex = organismIndex
    }
}
