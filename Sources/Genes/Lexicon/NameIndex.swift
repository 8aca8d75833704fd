/// The index from match keys to lexicon entries, with the rules that decide which names are
/// indexed at all: aliases of two characters or fewer and `LOC` aliases are left out (too
/// ambiguous to match on their own), single-character names of any kind too.
struct NameIndex: Sendable {
    private(set) var heads: [String: Int32] = [:]
    private(set) var postings: [Posting] = []
    /// Keys of name prefixes that end before a space or hyphen (`NF` of `NF-kB`, `14-3-3` of
    /// `14-3-3 zeta`): only tokens with such keys are tried joined with the next token.
    private(set) var joinPrefixes: Set<String> = []

    init(expectedNames: Int) {
        heads.reserveCapacity(expectedNames)
        postings.reserveCapacity(expectedNames)
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

    /// Adds one name of a gene or family.
    mutating func add(name: String, kind: NameKind, target: Int32) {
        let folded = TextFolder.fold(name).text
        guard let key = MatchKey.make(folded)?.text, Self.isIndexed(key: key, name: name, kind: kind) else { return }
        let newIndex = Int32(postings.count)
        if let head = heads[key] {
            var cursor = head
            while cursor >= 0 {
                let posting = postings[Int(cursor)]
                if posting.target == target && posting.kind == kind { return }
                cursor = posting.next
            }
            postings.append(Posting(target: target, kind: kind, next: head))
        } else {
            postings.append(Posting(target: target, kind: kind, next: -1))
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

    /// The first posting of a key, or -1.
    @inline(__always) func head(_ key: String) -> Int32 { heads[key] ?? -1 }

    /// The posting at an index.
    @inline(__always) func posting(_ index: Int32) -> Posting { postings[Int(index)] }

    /// Number of distinct keys.
    var keyCount: Int { heads.count }
}
