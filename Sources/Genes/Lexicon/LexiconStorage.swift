/// Where a lexicon's genes, families and keys are served from: arrays built in this process, or
/// an index file mapped into memory (see `LexiconIndexFormat.md`). An enum rather than a
/// protocol so the matcher's per-word calls are a switch, not a dynamic dispatch.
enum LexiconStorage: Sendable {
    case memory(MemoryLexicon)
    case mapped(MappedLexicon)

    var geneCount: Int {
        switch self {
        case .memory(let memory): memory.genes.count
        case .mapped(let mapped): mapped.geneCount
        }
    }

    var familyCount: Int {
        switch self {
        case .memory(let memory): memory.families.count
        case .mapped(let mapped): mapped.familyCount
        }
    }

    var keyCount: Int {
        switch self {
        case .memory(let memory): memory.index.keyCount
        case .mapped(let mapped): mapped.keyCount
        }
    }

    func gene(at index: Int) -> LexiconGene {
        switch self {
        case .memory(let memory): memory.genes[index]
        case .mapped(let mapped): mapped.gene(at: index)
        }
    }

    func family(at index: Int) -> LexiconFamily {
        switch self {
        case .memory(let memory): memory.families[index]
        case .mapped(let mapped): mapped.family(at: index)
        }
    }

    func organismIndex(ofGene index: Int) -> Int {
        switch self {
        case .memory(let memory): memory.genes[index].organismIndex
        case .mapped(let mapped): mapped.organismIndex(ofGene: index)
        }
    }

    func isProteinCoding(gene index: Int) -> Bool {
        switch self {
        case .memory(let memory): memory.genes[index].isProteinCoding
        case .mapped(let mapped): mapped.isProteinCoding(gene: index)
        }
    }

    func hasPlaceholderSymbol(gene index: Int) -> Bool {
        switch self {
        case .memory(let memory): NameIndex.isLOCName(memory.genes[index].symbol)
        case .mapped(let mapped): mapped.hasPlaceholderSymbol(gene: index)
        }
    }

    func firstMember(ofFamily index: Int) -> Int {
        switch self {
        case .memory(let memory): memory.families[index].members[0]
        case .mapped(let mapped): mapped.firstMember(ofFamily: index)
        }
    }

    func forEachPosting(forKey key: String, _ body: (Posting) -> Void) {
        switch self {
        case .memory(let memory): memory.index.forEachPosting(forKey: key, body)
        case .mapped(let mapped): mapped.forEachPosting(forKey: key, body)
        }
    }

    func postings(forKey key: String) -> [Posting] {
        switch self {
        case .memory(let memory): memory.index.postings(forKey: key)
        case .mapped(let mapped): mapped.postings(forKey: key)
        }
    }

    func isJoinPrefix(_ key: String) -> Bool {
        switch self {
        case .memory(let memory): memory.index.joinPrefixes.contains(key)
        case .mapped(let mapped): mapped.isJoinPrefix(key)
        }
    }
}
