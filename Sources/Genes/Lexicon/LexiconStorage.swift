/// Where a lexicon's genes, families and keys are served from: arrays built in this process, or
/// an index file mapped into memory (see `LexiconIndexFormat.md`). An enum rather than a
/// protocol so the matcher's per-word calls are a switch, not a dynamic dispatch.
enum LexiconStorage: Sendable {
    case memory(MemoryLexicon)

    var geneCount: Int {
        switch self {
        case .memory(let memory): memory.genes.count
        }
    }

    var familyCount: Int {
        switch self {
        case .memory(let memory): memory.families.count
        }
    }

    var keyCount: Int {
        switch self {
        case .memory(let memory): memory.index.keyCount
        }
    }

    func gene(at index: Int) -> LexiconGene {
        switch self {
        case .memory(let memory): memory.genes[index]
        }
    }

    func family(at index: Int) -> LexiconFamily {
        switch self {
        case .memory(let memory): memory.families[index]
        }
    }

    func organismIndex(ofGene index: Int) -> Int {
        switch self {
        case .memory(let memory): memory.genes[index].organismIndex
        }
    }

    func isProteinCoding(gene index: Int) -> Bool {
        switch self {
        case .memory(let memory): memory.genes[index].isProteinCoding
        }
    }

    func hasPlaceholderSymbol(gene index: Int) -> Bool {
        switch self {
        case .memory(let memory): NameIndex.isLOCName(memory.genes[index].symbol)
        }
    }

    func firstMember(ofFamily index: Int) -> Int {
        switch self {
        case .memory(let memory): memory.families[index].members[0]
        }
    }

    func forEachPosting(forKey key: String, _ body: (Posting) -> Void) {
        switch self {
        case .memory(let memory): memory.index.forEachPosting(forKey: key, body)
        }
    }

    func postings(forKey key: String) -> [Posting] {
        switch self {
        case .memory(let memory): memory.index.postings(forKey: key)
        }
    }

    func isJoinPrefix(_ key: String) -> Bool {
        switch self {
        case .memory(let memory): memory.index.joinPrefixes.contains(key)
        }
    }
}
