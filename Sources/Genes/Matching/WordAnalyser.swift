/// The chain of steps for one written word (or several joined tokens), in order: skip rules,
/// normalisation, stop list, whole word and affix-stripped forms, expansions, plural, final `R`,
/// then OCR correction. The first step that finds a name ends the chain; a stopped word ends it
/// at once.
struct WordAnalyser: Sendable {
    let lexicon: Lexicon
    let rules: MatchRules
    let selector: EntrySelector

    init(lexicon: Lexicon, rules: MatchRules) {
        self.lexicon = lexicon
        self.rules = rules
        self.selector = EntrySelector(lexicon: lexicon)
    }

    /// A word after the skip rules and normalisation, with its match key computed once (the
    /// matcher also uses the key to decide whether to try joining the word with the next).
    struct PreparedWord {
        /// True when a skip rule applies; nothing else is set then.
        var skipped: Bool
        /// Normalisation steps that changed the word.
        var transforms: [String] = []
        /// The folded word without wrapping punctuation.
        var text: String = ""
        /// The word has no letters.
        var numeric: Bool = false
        /// The key of `text`, nil when it has no letter or digit.
        var key: MatchKey?
        /// The word before a closing mark it ended in that may be a small `1` (`JAK!`, `TALDO]`).
        var beforeFinalGlyph: String?
    }

    /// Skip rules, normalisation and trimming of one word.
    func prepare(_ raw: String) -> PreparedWord {
        if rules.skip.reason(toSkip: raw) != nil { return PreparedWord(skipped: true) }
        let folded = TextFolder.fold(raw)
        if !folded.transforms.isEmpty, rules.skip.reason(toSkip: folded.text) != nil { return PreparedWord(skipped: true) }
        let text = Trimmer.trim(folded.text)
        return PreparedWord(skipped: false, transforms: folded.transforms, text: text,
                            numeric: !text.utf8.contains(where: MatchKey.isLetter), key: MatchKey.make(text),
                            beforeFinalGlyph: OCRCorrector.beforeFinalGlyph(folded.text))
    }

    /// Selections for one word; `allowsRewriting` is false for joined tokens, which are only
    /// looked up whole (with affixes and plural), never expanded or corrected.
    func analyse(_ raw: String, allowsRewriting: Bool = true) -> [Selection] {
        analyse(prepare(raw), allowsRewriting: allowsRewriting)
    }

    /// Selections for a prepared word.
    func analyse(_ word: PreparedWord, allowsRewriting: Bool = true) -> [Selection] {
        guard !word.skipped, let key = word.key else { return [] }
        // A stopped word ends the chain: corrected or rewritten, it would still be the same word.
        if rules.stopList.stops(key: key.text, folded: word.text) { return [] }
        var found = analyseFolded(word, allowsRewriting: allowsRewriting)
        // Dropped only here, after the chain has stopped at the name: an ambiguous name is a
        // known name, so the word is not corrected into some other gene instead.
        if !rules.reportsAmbiguousNames { found.removeAll { !$0.namesGenesForSure } }
        return word.transforms.isEmpty ? found : found.map { $0.prepending(word.transforms) }
    }

    private func analyseFolded(_ word: PreparedWord, allowsRewriting: Bool) -> [Selection] {
        let text = word.text, numeric = word.numeric
        if allowsRewriting && rules.correctsOCRConfusions, let stem = word.beforeFinalGlyph {
            let found = finalOne(after: stem)
            if !found.isEmpty { return found }
        }
        let whole = wholeOrStripped(text, numeric: numeric, key: word.key)
        if numeric { return whole }
        if allowsRewriting && (whole.isEmpty || Expander.hasListSeparator(text) || !Expander.range(text).isEmpty) {
            let (expanded, groups) = expansions(text)
            if !expanded.isEmpty && (whole.isEmpty || (groups >= 2 && !covers(whole, expanded))) { return expanded }
        }
        if !whole.isEmpty { return whole }
        if let singular = AffixRules.singular(of: text) {
            let named = wholeOrStripped(singular, numeric: false)
            // The plural of a known name is that name's plural, even when it names no gene
            // (`PRRs`), not a misreading to correct (`PRR5`).
            if !named.isEmpty { return Self.pluralNames(named, of: singular).map { $0.prepending(["plural"]) } }
        }
        if let stripped = AffixRules.withoutIsoformLetter(text) {
            let found = lookUp(stripped, numeric: false)
            if !found.isEmpty { return found.map { $0.prepending(["strip-isoform"]) } }
        }
        if rules.stripsFinalR, let stripped = AffixRules.withoutFinalR(text) {
            let found = lookUp(stripped, numeric: false).filter { $0.kind == .symbol || $0.kind == .famplex }
            if !found.isEmpty { return found.map { $0.prepending(["strip-R"]) } }
        }
        if allowsRewriting && rules.correctsOCRConfusions {
            if let kappa = OCRCorrector.kappaRead(text) {
                // Any kind of name (NF-κB is a family, IκBα an alias of NFKBIA), where the
                // confusions below reach only symbols: such a glyph between capitals is seldom
                // anything else once the word names nothing as read (`MxA`, `TxK` and `CxCL12`
                // name genes as read; on the dev set no label or id was lost).
                let found = wholeOrStripped(kappa, numeric: false)
                if !found.isEmpty {
                    return found.map {
                        var selection = $0.prepending([OCRCorrector.kappaSpelling])
                        selection.corrected = true
                        return selection
                    }
                }
            }
            return corrections(text)
        }
        return []
    }

    /// Of the selections of a plural's singular, those a plural names: a family (`Smads`,
    /// `ERKs`), or an official symbol when the singular is not spelt like a word (`TLR4s`, not
    /// `Traps`). A plural names a group, which an alias of one gene never is (`PUFAs`, `ARBs`,
    /// `helicases`).
    static func pluralNames(_ selections: [Selection], of singular: String) -> [Selection] {
        let wordLike = AffixRules.isSpeltLikeWord(singular)
        return selections.filter { $0.kind == .famplex || ($0.kind == .symbol && !wordLike) }
    }

    /// The key of a form, unless stopped.
    private func key(_ form: String) -> MatchKey? {
        guard let key = MatchKey.make(form), !rules.stopList.stops(key: key.text, folded: form) else { return nil }
        return key
    }

    /// The selections of a form looked up as it is (`known` is its key when already computed).
    func lookUp(_ form: String, numeric: Bool, key known: MatchKey? = nil) -> [Selection] {
        guard let key = known ?? MatchKey.make(form), !rules.stopList.stops(key: key.text, folded: form) else { return [] }
        let found = selector.select(key: key.text, written: form, numeric: numeric)
        return key.reducedGreekName ? found.map { $0.prepending(["greek-name"]) } : found
    }

    /// The form itself and its affix-stripped forms, the most trusted kind winning (so `p-ERK`
    /// is the ERK family, not the PERK alias of EIF2AK3); ties go to the form as written.
    private func wholeOrStripped(_ form: String, numeric: Bool, key: MatchKey? = nil) -> [Selection] {
        var best = lookUp(form, numeric: numeric, key: key)
        // Nothing outranks an official symbol, so there is no need to look further.
        if numeric || best.contains(where: { $0.kind == .symbol }) { return best }
        for (stripped, step) in rules.affixes.strippedForms(of: form) {
            let found = lookUp(stripped, numeric: false)
            guard let kind = found.map(\.kind).min() else { continue }
            if best.isEmpty || kind < (best.map(\.kind).min() ?? .previous) {
                best = found.map { $0.prepending([step]) }
            }
        }
        return best
    }

    /// True when the genes of `whole` include every gene of `parts`: `ERK1/2` is the ERK family
    /// as written, while `IL-1/6` is IL1 and IL6 rather than the IL16 its key spells.
    private func covers(_ whole: [Selection], _ parts: [Selection]) -> Bool {
        let wholeGenes = Set(whole.flatMap(genes(of:)))
        return parts.allSatisfy { Set(genes(of: $0)).isSubset(of: wholeGenes) }
    }

    private func genes(of selection: Selection) -> [Int] {
        guard selection.kind == .famplex else { return selection.targets.map { Int($0) } }
        return selection.targets.flatMap { lexicon.family(at: Int($0)).members }
    }

    private func expansions(_ text: String) -> ([Selection], groups: Int) {
        var found: [Selection] = []
        var matchedGroups: Set<Int> = []
        for candidate in Expander.candidates(text) where !matchedGroups.contains(candidate.group) {
            let part = Trimmer.trim(candidate.text)
            let partNumeric = !part.utf8.contains(where: MatchKey.isLetter)
            var selections = wholeOrStripped(part, numeric: partNumeric)
            if selections.isEmpty, !partNumeric, let singular = AffixRules.singular(of: part) {
                selections = Self.pluralNames(wholeOrStripped(singular, numeric: false), of: singular)
                    .map { $0.prepending(["plural"]) }
            }
            if selections.isEmpty, let stripped = AffixRules.withoutIsoformLetter(part) {
                selections = lookUp(stripped, numeric: false).map { $0.prepending(["strip-isoform"]) }
            }
            if !selections.isEmpty {
                matchedGroups.insert(candidate.group)
                found += selections.map { $0.prepending([candidate.transform]) }
            }
        }
        return (found, matchedGroups.count)
    }

    /// The official symbol that `stem` followed by `1` spells, when `stem` is not a symbol itself:
    /// the engine reads a small final `1` as `!`, `]`, `}` or `)` (`JAK!` is JAK1, `TALDO]` is
    /// TALDO1), and a family (`JAK`) or nothing drawn with a mark after it is likelier the gene.
    private func finalOne(after stem: String) -> [Selection] {
        if lookUp(stem, numeric: false).contains(where: { $0.kind == .symbol }) { return [] }
        let variant = stem + "1"
        guard let key = key(variant) else { return [] }
        let mark = "corrected:final-1"
        return selector.select(key: key.text, written: variant, numeric: false, correctionTargets: .symbols).map {
            var selection = $0
            selection.transforms = [mark]
            selection.corrected = true
            return selection
        }
    }

    /// The OCR corrections of a word: the first tier (`OCRCorrector.tiers`) under which it
    /// becomes official or previous symbols, else the first under which it becomes an alias
    /// that `EntrySelector.CorrectionTargets.aliases` admits (a symbol two confusions away is likelier
    /// than an alias one away: `PTPNIL` is PTPN11, not the PTPN1L alias of SIRPB2). Several
    /// genes in that tier make every one ambiguous.
    private func corrections(_ text: String) -> [Selection] {
        let tiers = OCRCorrector.tiers(of: text)
        for targets in [EntrySelector.CorrectionTargets.symbols, .aliases] {
            for tier in tiers {
                var found: [Selection] = []
                for (variant, steps) in tier {
                    guard let key = key(variant), key.text.utf8.count >= 3 else { continue }
                    for var selection in selector.select(key: key.text, written: variant, numeric: false, correctionTargets: targets)
                    where !found.contains(where: { $0.targets == selection.targets && $0.organism == selection.organism }) {
                        selection.transforms = steps
                        selection.corrected = true
                        found.append(selection)
                    }
                }
                if found.count > 1 {
                    for index in found.indices { found[index].forcedAmbiguous = true }
                }
                if !found.isEmpty { return found }
            }
        }
        return []
    }
}
