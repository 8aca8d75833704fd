/// Chooses among the lexicon entries of one key: per organism, the most trusted kind of name wins
/// (symbol > FamPlex > FamPlex-grounded alias > alias > previous); among several genes of that
/// kind, protein-coding genes are preferred when some are and some are not (pseudogenes copy
/// their parent's aliases), and the rest are all kept and later flagged ambiguous. Short names
/// must be written exactly as the symbol (`AR`, not `ar`); a word without letters matches only
/// a symbol or family (`14-3-3`), never an alias; a short word of letters only, not in capitals
/// (`for`, `Nat`, `act`), never reaches a gene through an NCBI alias: in figures those are English
/// words or OCR noise (measured on the dev set's OCR output), while gene names in that form are
/// symbols or families (`Myc`, `Akt`).
struct EntrySelector: Sendable {
    let lexicon: Lexicon

    /// The selections for `key`, one per organism in lexicon order, or empty.
    /// - Parameters:
    ///   - written: the folded word, for the short-name case rule.
    ///   - numeric: the word has no letters.
    ///   - symbolsOnly: only official symbols (not `LOC` placeholders) count, as for corrections.
    func select(key: String, written: String, numeric: Bool, symbolsOnly: Bool = false) -> [Selection] {
        if key.utf8.count <= 2 && MatchKey.alphanumerics(written) != key { return [] }
        var postings: [Posting] = []
        lexicon.forEachPosting(forKey: key) { posting in
            if numeric && posting.kind != .symbol && posting.kind != .famplex { return }
            if symbolsOnly && (posting.kind != .symbol || lexicon.hasPlaceholderSymbol(gene: Int(posting.target))) { return }
            postings.append(posting)
        }
        if postings.isEmpty { return [] }
        if postings.count == 1, let only = postings.first {
            if (only.kind == .alias || only.kind == .previous) && Self.isShortWordNotInCapitals(written) { return [] }
            return [Selection(key: key, kind: only.kind, targets: [only.target], organism: organism(of: only), transforms: [])]
        }
        var byOrganism: [Int: [Posting]] = [:]
        for posting in postings { byOrganism[organism(of: posting), default: []].append(posting) }
        return byOrganism.keys.sorted().compactMap { organismIndex in
            guard let group = byOrganism[organismIndex], let best = group.map(\.kind).min() else { return nil }
            if (best == .alias || best == .previous) && Self.isShortWordNotInCapitals(written) { return nil }
            var targets = group.filter { $0.kind == best }.map(\.target).sorted()
            var transforms: [String] = []
            if best != .famplex && targets.count > 1 {
                let coding = targets.filter { lexicon.isProteinCoding(gene: Int($0)) }
                if !coding.isEmpty && coding.count < targets.count {
                    targets = coding
                    transforms.append("prefer-protein-coding")
                }
            }
            return Selection(key: key, kind: best, targets: targets, organism: organismIndex, transforms: transforms)
        }
    }

    /// Letters only, at most four, in lower case or capitalised like a word: `for`, `Nat`, `aaa`
    /// (not `BiP` or `ApoJ`, whose inner capitals mark protein names).
    static func isShortWordNotInCapitals(_ written: String) -> Bool {
        let bytes = Array(written.utf8)
        guard bytes.count <= 4, bytes.allSatisfy(MatchKey.isLetter) else { return false }
        return !bytes.dropFirst().contains(where: MatchKey.isUpper) && bytes.contains { !MatchKey.isUpper($0) }
    }

    private func organism(of posting: Posting) -> Int {
        posting.kind == .famplex
            ? lexicon.organismIndex(ofFamily: Int(posting.target)) : lexicon.organismIndex(ofGene: Int(posting.target))
    }
}
