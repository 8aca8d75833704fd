/// The in-memory index from match keys to lexicon entries, with the rules that decide which
/// names are indexed at all: aliases of two characters or fewer and `LOC` aliases are left out
/// (too ambiguous to match on their own), single-character names of any kind too.
struct NameIndex: Sendable {
    /// A posting and the next one of the same key: linked lists keep building to one dictionary
    /// write per name instead of one array per key.
    private struct Link: Sendable {
        var posting: Posting
        /// The next link of the same key, or -1.
        var next: Int32
    }

    private var heads: [String: Int32] = [:]
    private var links: [Link] = []
    /// Keys of name prefixes that end before a space or hyphen (`NF` of `NF-kB`, `14-3-3` of
    /// `14-3-3 zeta`): only tokens with such keys are tried joined with the next token.
    private(set) var joinPrefixes: Set<String> = []

    /// The index of every name of these genes and families (`geneNames` and `familyNames` are
    /// parallel to the genes and families).
    init(genes: [LexiconGene], geneNames: [GeneNames], familyNames: [[String]]) {
        let nameCount = genes.count + geneNames.reduce(0) { $0 + $1.count } + familyNames.reduce(0) { $0 + $1.count }
        heads.reserveCapacity(nameCount)
        links.reserveCapacity(nameCount)
        for (position, (gene, names)) in zip(genes, geneNames).enumerated() {
            let target = Int32(position)
            add(name: gene.symbol, kind: .symbol, target: target)
            for alias in names.aliases { add(name: alias, kind: .alias, target: target) }
            for name in names.previous { add(name: name, kind: .previous, target: target) }
            for name in names.groundedAliases { add(name: name, kind: .groundedAlias, target: target) }
        }
        for (position, names) in familyNames.enumerated() {
            for name in names { add(name: name, kind: .famplex, target: Int32(position)) }
        }
    }

    /// True when a name of this kind is indexed (see the type's rules).
    static func isIndexed(key: String, name: String, kind: NameKind) -> Bool {
        let length = key.utf8.count
        if length <= 1 { return false }
        if kind == .symbol { return true }
        if length <= 2 { return false }
        return !isLOCName(name)
    }

    /// `LOC` followed by digits: NCBI's placeholder for unnamed loci.
    static func isLOCName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard bytes.count > 3, bytes.starts(with: "LOC".utf8) else { return false }
        return bytes.dropFirst(3).allSatisfy { $0 &- 0x30 < 10 }
    }

    private mutating func add(name: String, kind: NameKind, target: Int32) {
        let folded = TextFolder.fold(name).text
        guard let key = MatchKey.make(folded)?.text, Self.isIndexed(key: key, name: name, kind: kind) else { return }
        let posting = Posting(target: target, kind: kind)
        let newIndex = Int32(links.count)
        if let head = heads[key] {
            var cursor = head
            while cursor >= 0 {
                let link = links[Int(cursor)]
                if link.posting == posting { return }
                cursor = link.next
            }
            links.append(Link(posting: posting, next: head))
        } else {
            links.append(Link(posting: posting, next: -1))
        }
        heads[key] = newIndex
        addJoinPrefixes(folded)
    }

    private mutating func addJoinPrefixes(_ folded: String) {
        let bytes = Array(folded.utf8)
        for (position, byte) in bytes.enumerated() where (byte == 0x20 || byte == 0x2D) && position >= 2 {
            let prefix = bytes[0..<position].withUnsafeBufferPointer { MatchKey.make(bytes: $0) }
            if let prefix, prefix.text.utf8.count >= 2 { joinPrefixes.insert(prefix.text) }
        }
    }

    /// Calls `body` with each posting of `key`, in no particular order.
    @inline(__always) func forEachPosting(forKey key: String, _ body: (Posting) -> Void) {
        var cursor = heads[key] ?? -1
        while cursor >= 0 {
            let link = links[Int(cursor)]
            body(link.posting)
            cursor = link.next
        }
    }

    /// The postings of `key` in hit order (see `Posting.hitOrder`).
    func postings(forKey key: String) -> [Posting] {
        var result: [Posting] = []
        forEachPosting(forKey: key) { result.append($0) }
        return result.sorted(by: Posting.hitOrder)
    }

    /// Every key with its postings in hit order and whether it is a join prefix, join prefixes
    /// without postings included; in no particular order (for writing the index).
    func keyedPostings() -> [(key: String, postings: [Posting], joinPrefix: Bool)] {
        var result: [(key: String, postings: [Posting], joinPrefix: Bool)] = []
        result.reserveCapacity(heads.count + joinPrefixes.count)
        for key in heads.keys {
            result.append((key, postings(forKey: key), joinPrefixes.contains(key)))
        }
        for prefix in joinPrefixes where heads[prefix] == nil { result.append((prefix, [], true)) }
        return result
    }

    /// Number of distinct keys.
    var keyCount: Int { heads.count }
}
