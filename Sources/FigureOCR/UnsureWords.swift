import Evidence

/// Which words the `reread` pass reads again, and when a rereading replaces a word.
///
/// In small print the engine misreads a label inside the whole figure (`ATPSAL`, `AKT` for
/// AKT1, when the `1` touches an arrow) that it reads right cut out on its own and larger. A
/// rereading is believed only when it is a name exactly as read, where the word was none, or
/// the same name read further (`AKT` -> `AKT1`): the lexicon vouches for the change, and what
/// the engine read stays when the second look reads nothing better.
public enum UnsureWords {
    /// A name read at least this confidently is not read again.
    public static let settledConfidence = 80.0

    /// True when `token` is worth a second look: written like a name (two or more letters or
    /// digits, two of them capitals or one a digit, no more small letters than capitals and
    /// digits) and either not a name, or a name that a longer one could replace: a symbol is
    /// that name and a digit (`hasNumberedSibling`), or it ends in a digit and was read below
    /// `settledConfidence` (`ATP5` for ATP5A1). Any other name would be kept whatever the
    /// second look read (`replacement`). A box much taller than wide (a word the vertical pass
    /// read turned) is left out: its crop would be read sideways.
    ///
    /// Leaving out the names no longer name could replace (`figure/9`; before, every name read
    /// below 80) changed the dev set's labels read by +5, +1 and -1 (WikiPathways PNG, JPEG;
    /// PFOCR words, `scripts/eval-ocr`), within the churn of a changed page of crops, and cut
    /// `figure`'s instructions by 0.5% (`scripts/count-instructions`).
    ///
    /// The pass costs in proportion to the words it rereads (the engine reads every line at its
    /// own height, whatever the crop's scale). Probed on the dev set's JPEGs with the stop-15
    /// tokens: rereading every word with a capital or digit (8,463) read 164 more labels right;
    /// leaving out capitalised words (`Leptin`) and names read at 80 or more (3,176 words left),
    /// 172. Mostly small letters (`Glucose-6-Phosphate`) are words a rereading in capitals, the
    /// only kind believed, seldom replaces: leaving them out kept 123 of 126 labels with 13%
    /// fewer words and 32% fewer pixels to read.
    public static func isCandidate(_ token: Token, names: any NameLexicon) -> Bool {
        let text = token.text
        var alphanumerics = 0, capitals = 0, digits = 0, small = 0
        for byte in text.utf8 {
            let upper = byte >= 0x41 && byte <= 0x5A, lower = byte >= 0x61 && byte <= 0x7A, digit = byte >= 0x30 && byte <= 0x39
            if upper || lower || digit { alphanumerics += 1 }
            if upper { capitals += 1 }
            if digit { digits += 1 }
            if lower { small += 1 }
        }
        guard alphanumerics >= 2, capitals >= 2 || digits >= 1, small <= capitals + digits,
              token.box.width >= token.box.height / 2
        else { return false }
        guard names.knows(text) else { return true }
        // A name is only ever replaced by a longer name that starts with it (`replacement`):
        // where there can be none, a second look is wasted. The cheap test first: the sibling
        // test asks the lexicon nine times.
        return (token.confidence < settledConfidence && endsInDigit(text)) || hasNumberedSibling(text, names: names)
    }

    /// True when the last letter or digit of `text` is a digit (`IL2`, `ATP5`).
    static func endsInDigit(_ text: String) -> Bool {
        key(text).unicodeScalars.last.map { ("0"..."9").contains($0) } ?? false
    }

    /// True when the lexicon knows `text` followed by a digit (`SHC` and SHC1, `AKT` and AKT1).
    /// The final digit is the glyph small print loses most often, against an arrow or a box
    /// edge, and the engine is then sure of the name that is left. On the dev set's 80
    /// WikiPathways JPEGs, rereading such names too (8% more words) read 7 more labels (3,149 ->
    /// 3,156, `scripts/eval-ocr`).
    static func hasNumberedSibling(_ text: String, names: any NameLexicon) -> Bool {
        let stem = key(text)
        guard !stem.isEmpty, !endsInDigit(stem) else { return false }
        return (1...9).contains { names.knows(stem + String($0)) }
    }

    /// The words that replace `original`, or nil to keep it. `rereadings` are what the second
    /// look read in the crop around it (source pixels); only those centred within `reach` of
    /// the original's box count, the rest are its neighbours caught in the margin.
    public static func replacement(for original: Token, rereadings: [Token], reach: Int, names: any NameLexicon) -> [Token]? {
        let within = rereadings.filter { word in
            let cx = word.box.x + word.box.width / 2, cy = word.box.y + word.box.height / 2
            return cx >= original.box.x - reach && cx < original.box.maxX + reach && cy >= original.box.y && cy < original.box.maxY
        }
        let named = within.filter { isVouched($0, names: names) }
        guard !named.isEmpty else { return nil }
        let originalText = original.text
        if !names.knows(originalText) { return named }
        let stem = key(originalText)
        let longer = named.filter { let k = key($0.text); return k.count > stem.count && k.hasPrefix(stem) }
        return longer.isEmpty ? nil : [longer[0]]
    }

    /// A rereading read fairly confidently, written like a symbol (capitals and digits, three or
    /// more) and known to the lexicon. Short and mixed-case names (`FAs`, `mTo`, `SPl`) are
    /// aliases that a misreading meets by chance: on the dev set's JPEGs they were most of the
    /// ids a looser rule added that no drawn label had.
    static func isVouched(_ word: Token, names: any NameLexicon) -> Bool {
        let letters = key(word.text)
        guard word.confidence >= minimumConfidence, letters.count >= 3 else { return false }
        let hasLowerCase = word.text.unicodeScalars.contains { $0.properties.isLowercase }
        return !hasLowerCase && names.knows(word.text)
    }

    /// Rereadings less confident than this are not believed.
    public static let minimumConfidence = 50.0

    /// Letters and digits in capitals: how names compare (`Akt-1` and `AKT1` are one).
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })).uppercased()
    }
}
