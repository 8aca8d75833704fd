/// An organism of the lexicon: its NCBI Taxonomy id and scientific name.
public struct Organism: Hashable, Sendable, Codable {
    /// NCBI Taxonomy id, e.g. 9606.
    public var taxID: Int
    /// Scientific name, e.g. `Homo sapiens`.
    public var name: String

    /// An organism from its tax id and name.
    public init(taxID: Int, name: String) {
        self.taxID = taxID
        self.name = name
    }

    // NCBI's gene_info carries only the tax id; these are the organisms PFOCR and most users need.
    private static let known: [Int: String] = [
        9606: "Homo sapiens", 10090: "Mus musculus", 10116: "Rattus norvegicus", 7955: "Danio rerio",
        7227: "Drosophila melanogaster", 6239: "Caenorhabditis elegans", 559292: "Saccharomyces cerevisiae",
        4932: "Saccharomyces cerevisiae", 3702: "Arabidopsis thaliana", 9031: "Gallus gallus",
        9913: "Bos taurus", 9823: "Sus scrofa", 9615: "Canis lupus familiaris", 8364: "Xenopus tropicalis",
        9544: "Macaca mulatta", 4896: "Schizosaccharomyces pombe", 511145: "Escherichia coli",
    ]

    /// The scientific name of a well-known tax id, or nil.
    public static func knownName(taxID: Int) -> String? { known[taxID] }
}
