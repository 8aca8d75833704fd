/// The gene lexicon: organisms, genes, FamPlex families, where they came from, and the index
/// from match keys to them. Immutable and Sendable: load once, share across threads.
public struct Lexicon: Sendable {
    /// The organisms of the genes.
    public let organisms: [Organism]
    /// Provenance of every source that was loaded, in load order.
    public let sources: [LexiconSource]
    /// How the genes and keys are held: `index <path>` for a mapped index file, else `in memory`
    /// and why; for `doctor` and `match --stats`, so a slow load can be told from a fast one.
    public internal(set) var storageNote: String
    let storage: LexiconStorage

    init(organisms: [Organism], sources: [LexiconSource], storage: LexiconStorage) {
        self.organisms = organisms
        self.sources = sources
        self.storage = storage
        switch storage {
        case .memory: storageNote = "in memory"
        case .mapped(let mapped): storageNote = "index \(mapped.path)"
        }
    }

    /// Number of genes; gene indices run from 0 to `geneCount - 1`, in load order.
    public var geneCount: Int { storage.geneCount }

    /// Number of FamPlex families and complexes with at least one member gene.
    public var familyCount: Int { storage.familyCount }

    /// Number of distinct match keys in the index.
    public var keyCount: Int { storage.keyCount }

    /// The gene at an index (from a hit, a family's members or `0..<geneCount`).
    public func gene(at index: Int) -> LexiconGene { storage.gene(at: index) }

    /// The family at an index (from a hit or `0..<familyCount`).
    public func family(at index: Int) -> LexiconFamily { storage.family(at: index) }

    /// The entries a match key names, most trusted kind first, then in load order.
    public func hits(forKey key: String) -> [LexiconHit] {
        storage.postings(forKey: key).map(\.hit)
    }

    /// The entries a name or word names after folding, e.g. `lookup("GSK-3β")` gives GSK3B.
    public func lookup(_ word: String) -> [LexiconHit] {
        guard let key = MatchKey.make(TextFolder.fold(word).text) else { return [] }
        return hits(forKey: key.text)
    }

    /// The organism of a gene.
    public func organism(ofGene index: Int) -> Organism { organisms[storage.organismIndex(ofGene: index)] }

    /// The NCBI Taxonomy id of an organism named in a `GeneMention` (`Homo sapiens` -> 9606).
    public func taxID(ofOrganism name: String) -> Int? { organisms.first { $0.name == name }?.taxID }

    // The matcher's per-word questions, answered without building a `LexiconGene`.

    /// Calls `body` with each posting of `key`, in no particular order.
    func forEachPosting(forKey key: String, _ body: (Posting) -> Void) { storage.forEachPosting(forKey: key, body) }

    /// True when tokens with this key are tried joined with the next token (see `NameIndex`).
    func isJoinPrefix(_ key: String) -> Bool { storage.isJoinPrefix(key) }

    /// Index into `organisms` of a gene's organism.
    func organismIndex(ofGene index: Int) -> Int { storage.organismIndex(ofGene: index) }

    /// Index into `organisms` of a family's organism: its first member's (FamPlex families are
    /// of one organism).
    func organismIndex(ofFamily index: Int) -> Int { storage.organismIndex(ofGene: storage.firstMember(ofFamily: index)) }

    /// True when a gene's NCBI type is `protein-coding`.
    func isProteinCoding(gene index: Int) -> Bool { storage.isProteinCoding(gene: index) }

    /// True when a gene's symbol is an NCBI `LOC` placeholder.
    func hasPlaceholderSymbol(gene index: Int) -> Bool { storage.hasPlaceholderSymbol(gene: index) }
}
