/// Chooses among the lexicon entries of one key: per organism, the most trusted kind of name wins
/// (symbol > FamPlex > FamPlex-grounded alias > alias > previous); among several genes of that
/// kind, protein-coding genes are preferred when some are and some are not (pseudogenes copy
/// their parent's aliases), and the rest are all kept and later flagged ambiguous. Short names
/// must be written exactly as the symbol (`AR`, not `ar`); a word without letters matches only
/// a symbol or family (`14-3-3`), never an alias; a short word of letters only, not in capitals
/// (`for`, `Nat`, `act`), never reaches a gene through an NCBI alias: in figures those are English
/// words or OCR noise (measured on the dev set's OCR output), while gene names in that form are
/// symbols or families (`Myc`, `Akt`). Such a word all in lower case (`ins`, `set`, `rere`) is
/// not taken for an official symbol either: figures write symbols in capitals or capitalised,
/// and lower-case ones came from English words and sideways-read text (in the figure recipe's
/// output on the dev set, 1 of 74 such WikiPathways mentions was a drawn gene; on the PFOCR
/// figures 4 words were PFOCR's genes, `ins`, `rel`, `tras`, `unk`, against several dozen that
/// were not). FamPlex names stay: `ras`, `fox`.
struct EntrySelector: Sendable {
    let lexicon: Lexicon

    /// The selections for `key`, one per organism in lexicon order, or empty.
    /// - Parameters:
    ///   - written: the folded word, for the short-name case rule.
    ///   - numeric: the word has no letters.
    ///   - correctionTargets: for an OCR correction, the names it may land on; nil for a word as read.
    func select(key: String, written: String, numeric: Bool, correctionTargets: CorrectionTargets? = nil) -> [Selection] {
        if key.utf8.count <= 2 && MatchKey.alphanumerics(written) != key { return [] }
        var postings: [Posting] = []
        lexicon.forEachPosting(forKey: key) { posting in
            if numeric && posting.kind != .symbol && posting.kind != .famplex { return }
            if let correctionTargets, !correctionTargets.admits(posting, key: key, in: lexicon) { return }
            postings.append(posting)
        }
        if postings.isEmpty { return [] }
        if postings.count == 1, let only = postings.first {
            if Self.isTooWeak(only.kind, written: written) { return [] }
            return [Selection(key: key, kind: only.kind, targets: [only.target], organism: organism(of: only), transforms: [])]
        }
        var byOrganism: [Int: [Posting]] = [:]
        for posting in postings { byOrganism[organism(of: posting), default: []].append(posting) }
        return byOrganism.keys.sorted().compactMap { organismIndex in
            guard let group = byOrganism[organismIndex], let best = group.map(\.kind).min() else { return nil }
            if Self.isTooWeak(best, written: written) { return nil }
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

    /// The names an OCR correction may land on, tried in this order.
    enum CorrectionTargets {
        /// Official symbols (not `LOC` placeholders) and previous official symbols: figures keep
        /// the names of the year they were drawn, and a previous symbol is as specific a
        /// spelling as the current one.
        case symbols
        /// Aliases of at least 5 bytes with a digit, spelt like symbols: the names a renamed gene
        /// had when NCBI does not tell previous symbols apart (`ATP5A1`, now ATP5F1A). Shorter
        /// or letters-only aliases are word-like and shared; bending a misreading into one is a
        /// guess.
        case aliases

        func admits(_ posting: Posting, key: String, in lexicon: Lexicon) -> Bool {
            switch (self, posting.kind) {
            case (.symbols, .symbol): !lexicon.hasPlaceholderSymbol(gene: Int(posting.target))
            case (.symbols, .previous): true
            case (.aliases, .alias), (.aliases, .groundedAlias):
                key.utf8.count >= 5 && key.utf8.contains(where: MatchKey.isDigit)
            default: false
            }
        }
    }

    /// True when a name of this kind is not taken from a word written so (the case rules above).
    static func isTooWeak(_ kind: NameKind, written: String) -> Bool {
        switch kind {
        case .alias, .previous: isShortWordNotInCapitals(written)
        case .symbol: isShortWordInLowerCase(written)
        case .famplex, .groundedAlias: false
        }
    }

    /// Letters only, at most four, all in lower case: `ins`, `rere`.
    static func isShortWordInLowerCase(_ written: String) -> Bool {
        let bytes = written.utf8
        return bytes.count <= 4 && bytes.allSatisfy { MatchKey.isLetter($0) && !MatchKey.isUpper($0) }
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
