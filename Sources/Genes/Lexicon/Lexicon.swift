/// The gene lexicon: organisms, genes, FamPlex families, where they came from, and the index
/// from match keys to them. Immutable and Sendable: load once, share across threads.
public struct Lexicon: Sendable {
    /// The organisms of the genes.
    public let organisms: [Organism]
    /// Every gene, in load order.
    public let genes: [LexiconGene]
    /// Every FamPlex family or complex with at least one member gene.
    public let families: [LexiconFamily]
    /// Provenance of every source that was loaded, in load order.
    public let sources: [LexiconSource]
    let index: NameIndex

    init(organisms: [Organism], genes: [LexiconGene], families: [LexiconFamily], sources: [LexiconSource]) {
        self.organisms = organisms
        self.genes = genes
        self.families = families
        self.sources = sources
        let nameCount = genes.reduce(0) { $0 + 1 + $1.aliases.count + $1.previous.count + $1.groundedAliases.count }
            + families.reduce(0) { $0 + $1.names.count }
        var index = NameIndex(expectedNames: nameCount)
        for (position, gene) in genes.enumerated() {
            let target = Int32(position)
            index.add(name: gene.symbol, kind: .symbol, target: target)
            for alias in gene.aliases { index.add(name: alias, kind: .alias, target: target) }
            for name in gene.previous { index.add(name: name, kind: .previous, target: target) }
            for name in gene.groundedAliases { index.add(name: name, kind: .groundedAlias, target: target) }
        }
        for (position, family) in families.enumerated() {
            for name in family.names { index.add(name: name, kind: .famplex, target: Int32(position)) }
        }
        self.index = index
    }

    /// Number of distinct match keys in the index.
    public var keyCount: Int { index.keyCount }

    /// The entries a match key names, most trusted kind first, then in load order.
    public func hits(forKey key: String) -> [LexiconHit] {
        var result: [LexiconHit] = []
        var cursor = index.head(key)
        while cursor >= 0 {
            let posting = index.posting(cursor)
            let target: LexiconHit.Target = posting.kind == .famplex
                ? .family(Int(posting.target)) : .gene(Int(posting.target))
            result.append(LexiconHit(target: target, kind: posting.kind))
            cursor = posting.next
        }
        return result.sorted { ($0.kind, $0.order) < ($1.kind, $1.order) }
    }

    /// The entries a name or word names after folding, e.g. `lookup("GSK-3β")` gives GSK3B.
    public func lookup(_ word: String) -> [LexiconHit] {
        guard let key = MatchKey.make(TextFolder.fold(word).text) else { return [] }
        return hits(forKey: key.text)
    }

    /// The organism of a gene.
    public func organism(ofGene index: Int) -> Organism { organisms[genes[index].organismIndex] }

    /// The NCBI Taxonomy id of an organism named in a `GeneMention` (`Homo sapiens` -> 9606).
    public func taxID(ofOrganism name: String) -> Int? { organisms.first { $0.name == name }?.taxID }
}

extension LexiconHit {
    fileprivate var order: Int {
        switch target {
        case .gene(let index), .family(let index): return index
        }
    }
}
