import Evidence

/// Finds gene mentions in OCR tokens or plain text with a lexicon: each word goes through
/// `WordAnalyser`'s chain of steps; adjacent words on one line are first tried joined
/// (`14-3-3 zeta`, `NF kB`). Output order is stable: by word order, then symbol, then gene id.
public struct GeneMatcher: Sendable {
    /// The lexicon matched against.
    public let lexicon: Lexicon
    /// The rules in force.
    public let rules: MatchRules
    private let analyser: WordAnalyser
    /// Confidence factor for corrected matches: they are candidates, not readings.
    public static let correctionConfidenceFactor = 0.5
    /// Least OCR confidence for a name of two characters (`TG`, `PC`): any stroke or fragment
    /// can read as two capitals. In the figure recipe's output on the dev set, the 14 such
    /// mentions that were a drawn or PFOCR gene all read at 74 or more, while 44 of the 68
    /// wrong ones read below 70 (`VV`, `KY`, `IK`).
    /// A three-character alias is held to it too: it is both short and unofficial. In `figure/14`'s
    /// output on the dev set, 3-character aliases read at 50 to 69 named 1 drawn gene on each of
    /// the WikiPathways PNGs and JPEGs against 5 wrong ids on each, and on the PFOCR figures 2
    /// of PFOCR's ids against 12 others (`TRE`, `NIK`, `YTS`).
    public static let shortNameMinimumConfidence = 70.0
    /// Least OCR confidence for a weak name: an alias, or a name of three characters. Both are
    /// what a misread fragment most often spells (`MAPE`, `cae!`, `mTo`), and the engine's
    /// confidence is what tells the two apart. In `figure/9`'s output on the dev set's
    /// WikiPathways figures (PNG and JPEG), ids reached only through such names read below 50
    /// were 81 misreadings, 16 other wrong ids and 9 drawn genes. On its PFOCR figures the floor,
    /// with marks no longer joined to names (`joined`), took PFOCR's id recall from 0.651 to
    /// 0.628 and precision from 0.450 to 0.490, most of both through three-letter families
    /// (`fox` expands to 49 genes).
    public static let weakNameMinimumConfidence = 50.0
    /// Raised whenever a change to the matcher's code changes which genes some text names or how a
    /// corrected token is spelt, so that batches redo figures matched before it (with the lexicon's
    /// sources and the standard rules' data files, `MatchRules.standardData`, whose edits need no
    /// raise, it makes `GeneFinder.version`). 2: ambiguous names and short lower-case symbols
    /// dropped; 3: two-character names need `shortNameMinimumConfidence`; 4: corrections of doubled
    /// glyphs, case-blind letters and a final `1`, and to symbol-like aliases; 5: aliases and
    /// three-character names need `weakNameMinimumConfidence`; 6: `O` may be a `D` in capitals
    /// (`OCRCorrector.capitals`); 7: a stopped word ends the chain, abbreviations of molecules and
    /// cells stopped, plurals name families and symbols only, a final `R` is stripped only onto a
    /// symbol or family; 8: a three-character alias needs `shortNameMinimumConfidence`, English
    /// contractions are skipped (`Can't`), a κ read as `x`, `«` or `*` between capitals is a K
    /// (`OCRCorrector.kappaRead`), and a γ read as `y` keeps the reading's spelling in the token.
    public static let revision = 8

    /// A matcher over `lexicon` with the project's standard rules unless told otherwise.
    public init(lexicon: Lexicon, rules: MatchRules = .standard) {
        self.lexicon = lexicon
        self.rules = rules
        self.analyser = WordAnalyser(lexicon: lexicon, rules: rules)
    }

    /// The gene mentions in OCR tokens given in reading order, with their boxes and confidences.
    public func mentions(in tokens: [Token]) -> [GeneMention] {
        mentions(inWords: TokenAdjacency.words(ofTokens: tokens))
    }

    /// The gene mentions in plain text (lines split on newlines, words on spaces); box,
    /// confidence and pass stay nil.
    public func mentions(inText text: String) -> [GeneMention] {
        mentions(inWords: TokenAdjacency.words(ofText: text))
    }

    /// The number of words a text or token list is split into, as `mentions` walks them.
    public static func wordCount(inText text: String) -> Int { TokenAdjacency.words(ofText: text).count }

    private func mentions(inWords words: [MatchWord]) -> [GeneMention] {
        var result: [GeneMention] = []
        var index = 0
        while index < words.count {
            let prepared = analyser.prepare(words[index].text)
            if rules.joinsAdjacentTokens && words[index].adjacentToNext, let key = prepared.key?.text,
               lexicon.isJoinPrefix(key), let (consumed, selections) = joined(words, at: index, firstKey: key) {
                append(selections, from: words[index..<(index + consumed)], joined: true, to: &result)
                index += consumed
                continue
            }
            let selections = analyser.analyse(prepared)
            if !selections.isEmpty { append(selections, from: words[index..<(index + 1)], joined: false, to: &result) }
            index += 1
        }
        return result
    }

    /// The longest run of two or three adjacent words, starting at `index`, that names something
    /// as a whole; only tried when the first word(s) are the start of a multi-word lexicon name.
    /// Every word of the run must add to the name: a mark read beside a label (`AKT -`,
    /// `ERK )`) would otherwise join it, and the mention would take the mark's confidence.
    private func joined(_ words: [MatchWord], at index: Int, firstKey: String) -> (Int, [Selection])? {
        let pair = words[index].text + " " + words[index + 1].text
        let pairKey = joinKey(pair)
        if pairKey == firstKey { return nil }
        if index + 2 < words.count, words[index + 1].adjacentToNext, let pairKey, lexicon.isJoinPrefix(pairKey) {
            let triple = pair + " " + words[index + 2].text
            if joinKey(triple) != pairKey {
                let found = analyser.analyse(triple, allowsRewriting: false)
                if !found.isEmpty { return (3, found) }
            }
        }
        let found = analyser.analyse(pair, allowsRewriting: false)
        return found.isEmpty ? nil : (2, found)
    }

    private func joinKey(_ text: String) -> String? {
        MatchKey.make(Trimmer.trim(TextFolder.fold(text).text))?.text
    }

    private func append(_ selections: [Selection], from words: ArraySlice<MatchWord>, joined: Bool,
                        to result: inout [GeneMention]) {
        let word: String, box: Box?, confidence: Double?
        if words.count == 1, let only = words.first {
            (word, box, confidence) = (only.text, only.box, only.confidence)
        } else {
            word = words.map(\.text).joined(separator: " ")
            let boxes = words.compactMap(\.box)
            box = boxes.dropFirst().reduce(boxes.first) { $0?.union($1) }
            let confidences = words.compactMap(\.confidence)
            confidence = confidences.count == words.count ? confidences.min() : nil
        }
        let pass = words.first?.pass
        var mentions: [GeneMention] = []
        var seen: [Int] = []
        for selection in selections {
            // Text without confidences (captions, `match --text`) is taken as written.
            let reported = confidence.map { selection.corrected ? $0 * Self.correctionConfidenceFactor : $0 }
            if let reported, reported < Self.minimumConfidence(for: selection) { continue }
            var transforms = selection.transforms
            if joined { transforms.insert("join-tokens", at: 0) }
            let organism = lexicon.organisms[selection.organism]
            let source = Self.source(of: selection)
            var genes: [(gene: Int, family: String?)] = []
            if selection.kind == .famplex {
                for target in selection.targets {
                    let family = lexicon.family(at: Int(target))
                    genes += family.members.map { ($0, family.id) }
                }
            } else {
                genes = selection.targets.map { (Int($0), nil) }
            }
            let ambiguous = selection.isAmbiguous
            for (geneIndex, family) in genes {
                guard !seen.contains(geneIndex) else { continue }
                let gene = lexicon.gene(at: geneIndex)
                seen.append(geneIndex)
                mentions.append(GeneMention(
                    word: word, match: selection.key, symbol: gene.symbol, ncbigeneID: gene.geneID,
                    organism: organism.name, taxID: organism.taxID, source: source, transforms: transforms, family: family,
                    ambiguous: ambiguous, box: box, confidence: reported, pass: pass))
            }
        }
        if mentions.count > 1 {
            mentions.sort { ($0.symbol, $0.ncbigeneID, $0.organism) < ($1.symbol, $1.ncbigeneID, $1.organism) }
        }
        result += mentions
    }

    /// The least confidence (as a mention reports it, so halved for a correction) at which a
    /// selection names its genes: the shorter or less official the name, the surer the reading
    /// must be.
    static func minimumConfidence(for selection: Selection) -> Double {
        let length = selection.key.utf8.count
        let isAlias = source(of: selection) == .alias
        if length <= 2 || (length == 3 && isAlias) { return shortNameMinimumConfidence }
        return length == 3 || isAlias ? weakNameMinimumConfidence : 0
    }

    /// How a selection's mentions reached their genes: a correction whatever name it spelt,
    /// else the kind of name that matched.
    static func source(of selection: Selection) -> GeneMention.Source {
        if selection.corrected { return .corrected }
        switch selection.kind {
        case .famplex: return .famplex
        case .symbol: return .symbol
        case .alias, .groundedAlias: return .alias
        case .previous: return .previous
        }
    }
}
