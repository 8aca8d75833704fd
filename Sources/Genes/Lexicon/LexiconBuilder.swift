/// Collects genes, families and sources from one or several loaders, merging the same gene
/// (same tax id and gene id) met twice, then builds the immutable `Lexicon`.
public struct LexiconBuilder: Sendable {
    private var organisms: [Organism] = []
    private var organismIndex: [Int: Int] = [:]
    private var genes: [LexiconGene] = []
    private var geneNames: [GeneNames] = []
    private var geneIndex: [GeneRef: Int] = [:]
    private var families: [String: (members: [Int], names: [String])] = [:]
    private var familyOrder: [String] = []
    private var sources: [LexiconSource] = []

    private struct GeneRef: Hashable, Sendable {
        var taxID: Int
        var geneID: String
    }

    /// An empty builder.
    public init() {}

    /// Records where data came from.
    public mutating func addSource(_ source: LexiconSource) {
        if !sources.contains(source) { sources.append(source) }
    }

    /// Registers an organism (the first name given for a tax id wins) and returns its index.
    @discardableResult
    public mutating func addOrganism(_ organism: Organism) -> Int {
        if let index = organismIndex[organism.taxID] { return index }
        organisms.append(organism)
        organismIndex[organism.taxID] = organisms.count - 1
        return organisms.count - 1
    }

    /// Adds a gene; a gene already present (same organism and id) takes the new symbol and type
    /// and keeps the union of the names.
    public mutating func addGene(taxID: Int, organismName: String, geneID: String, symbol: String,
                                 type: String, aliases: [String], previous: [String],
                                 groundedAliases: [String] = []) {
        let organism = addOrganism(Organism(taxID: taxID, name: organismName))
        let ref = GeneRef(taxID: taxID, geneID: geneID)
        if let existing = geneIndex[ref] {
            var gene = genes[existing], names = geneNames[existing]
            if gene.symbol != symbol, !names.aliases.contains(gene.symbol) { names.aliases.append(gene.symbol) }
            gene.symbol = symbol
            gene.type = type
            for alias in aliases where !names.aliases.contains(alias) && alias != symbol { names.aliases.append(alias) }
            for name in previous where !names.previous.contains(name) { names.previous.append(name) }
            for name in groundedAliases where !names.groundedAliases.contains(name) { names.groundedAliases.append(name) }
            genes[existing] = gene
            geneNames[existing] = names
            return
        }
        geneIndex[ref] = genes.count
        genes.append(LexiconGene(geneID: geneID, symbol: symbol, type: type, organismIndex: organism))
        geneNames.append(GeneNames(aliases: aliases, previous: previous, groundedAliases: groundedAliases))
    }

    /// The index of a gene already added, or nil.
    public func geneIndex(taxID: Int, geneID: String) -> Int? {
        geneIndex[GeneRef(taxID: taxID, geneID: geneID)]
    }

    /// Adds (or extends) a FamPlex family with member gene indices and names.
    public mutating func addFamily(id: String, members: [Int], names: [String]) {
        if var family = families[id] {
            for member in members where !family.members.contains(member) { family.members.append(member) }
            for name in names where !family.names.contains(name) { family.names.append(name) }
            families[id] = family
        } else {
            families[id] = (members, names)
            familyOrder.append(id)
        }
    }

    /// Number of genes added so far.
    public var geneCount: Int { genes.count }

    /// The sources recorded so far, in order.
    var sourceList: [LexiconSource] { sources }

    /// The lexicon, with its name index built.
    public func build() -> Lexicon {
        var built: [LexiconFamily] = []
        var familyNames: [[String]] = []
        for id in familyOrder {
            guard let family = families[id], !family.members.isEmpty else { continue }
            built.append(LexiconFamily(id: id, members: family.members))
            familyNames.append(family.names)
        }
        let index = NameIndex(genes: genes, geneNames: geneNames, familyNames: familyNames)
        return Lexicon(organisms: organisms, sources: sources,
                       storage: .memory(MemoryLexicon(genes: genes, families: built, index: index)))
    }
}
