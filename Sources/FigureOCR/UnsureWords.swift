import Evidence

/// Which words the `reread` pass reads again, and when a rereading replaces a word.
///
/// In small print the engine misreads a label inside the whole figure (`ATPSAL`, `AKT` for
/// AKT1, when the `1` touches an arrow) that it reads right cut out on its own and larger. A
/// rereading is believed only when the lexicon vouches for the change (`replacement`): a name
/// where the word was none, the same name read further (`AKT` -> `AKT1`), its final letter
/// read as the digit it looks like (`STATS` -> `STAT3`), or another name read far more surely;
/// what the engine read stays when the second look reads nothing better.
public enum UnsureWords {
    /// A name read at least this confidently is not read again.
    public static let settledConfidence = 80.0

    /// True when `token` is worth a second look: written like a name (two or more letters or
    /// digits, two of them capitals or one a digit, no more small letters than capitals and
    /// digits) and either not a name, or a name that may have lost or misread its final digit:
    /// a symbol is that name and a digit (`hasNumberedSibling`), it ends in a digit and was read
    /// below `settledConfidence` (`ATP5` for ATP5A1), or its last letter is one a digit is read
    /// as and the rest with a digit is a name (`lookAlikeStem`, `STATS` for STAT3). Other names
    /// are not read again. A box much taller than wide (a word the vertical pass read turned)
    /// is left out: its crop would be read sideways.
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
        let letters = LetterCounts(text)
        guard letters.alphanumerics >= 2, letters.capitals >= 2 || letters.digits >= 1,
              letters.small <= letters.capitals + letters.digits, token.box.width >= token.box.height / 2
        else { return false }
        guard names.knows(text) else { return true }
        // A confident name that cannot have lost or misread a digit is kept whatever a second
        // look reads, so it is not read again. The cheap test first: the others ask the lexicon
        // nine or ten times.
        return (token.confidence < settledConfidence && endsInDigit(text)) || hasNumberedSibling(text, names: names)
            || lookAlikeStem(of: text, names: names) != nil
    }

    /// A word read below this that is no name is garbled enough to read again where the
    /// figure falls short of the target cap height (`isGarbled`).
    public static let garbledConfidence = 60.0

    /// How high a garbled word may be, in cap heights, for the `reread` pass to read it again
    /// (`isGarbled`'s `maxHeight`): the boxes of confidently read words are one to three, and a
    /// garbled word's often carries its box's edges.
    public static let garbledHeightInCapHeights = 4.0

    /// True when `token` may be a label the first look garbled beyond anything written like a
    /// name (`wove` for MCM2, `Boe` for PDE6C): two or more letters or digits, read below
    /// `garbledConfidence`, no name, at most `maxHeight` high (a word with its box's edges, not
    /// a blob of drawing read as letters) and not much taller than wide. The `reread` pass
    /// reads such words only where the prepared view's capitals fall short of the recipe's
    /// target (the figure could be scaled no further): there the first look read below the
    /// engine's sweet spot and the crops are the only look at full size. Elsewhere they are
    /// mostly drawing, and reading them costs more than it finds.
    ///
    /// On the dev set's 80 WikiPathways JPEGs (`scripts/eval-ocr`, `figure/12` read 3,187
    /// labels): rereading such words on every figure read 3,206; on the 22 figures more than
    /// 1.5 px short only, 3,207 (below 80 rather than 60: 3,200; at any confidence: 3,204);
    /// with those crops scaled past 4 times as well (`FigureReader.rereadFactor`, which alone
    /// read 3,192), 3,214. As here (more than a pixel short: 23 figures; words above four cap
    /// heights left out), 3,216; above two left out, 3,202: many garbled labels carry their
    /// box's edges. The PNGs read 3,419 labels (3,414 before), the PFOCR figures 610 words (610).
    public static func isGarbled(_ token: Token, maxHeight: Double, names: any NameLexicon) -> Bool {
        guard token.confidence < garbledConfidence, Double(token.box.height) <= maxHeight,
              token.box.width >= token.box.height / 2
        else { return false }
        return LetterCounts(token.text).alphanumerics >= 2 && !names.knows(token.text)
    }

    /// The ASCII capitals, small letters and digits of a word: how it is written.
    private struct LetterCounts {
        var capitals = 0, small = 0, digits = 0
        var alphanumerics: Int { capitals + small + digits }

        init(_ text: String) {
            for byte in text.utf8 {
                switch byte {
                case 0x41...0x5A: capitals += 1
                case 0x61...0x7A: small += 1
                case 0x30...0x39: digits += 1
                default: break
                }
            }
        }
    }

    /// Letters the engine reads a small final digit as, sure of itself (`STATS` for STAT3 at 78,
    /// `MAPKS` for MAPK8 at 91, `HDACI` for HDAC1, `JAKL` for JAK1, `PAXB` for PAX8: dev-set
    /// JPEGs). The word is then a name too (an alias, a plural), which the lexicon's
    /// corrections leave as it is, so only a second look can find the digit.
    static let digitLookAlikes: Set<Unicode.Scalar> = ["S", "I", "L", "B", "Z", "G", "O"]

    /// The name `text` would be but for its last letter, when that letter is one a final digit
    /// is misread as and the lexicon knows the rest followed by a digit (`STAT` for `STATS`);
    /// else nil.
    static func lookAlikeStem(of text: String, names: any NameLexicon) -> String? {
        let letters = key(text)
        guard letters.count >= 3, let last = letters.unicodeScalars.last, digitLookAlikes.contains(last) else { return nil }
        let stem = String(letters.dropLast())
        return (0...9).contains { names.knows(stem + String($0)) } ? stem : nil
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
    /// the original's box count, the rest are its neighbours caught in the margin. Of those, the
    /// ones vouched for (`isVouched`) replace:
    /// - a word that is no name: all of them; failing any, those that are names once the
    ///   lexicon corrects them (`NDUFAS` for `NOUFAS`), unless the word itself is such a name.
    ///   They stay as read, and the lexicon corrects them later as it does every word;
    /// - a name: the first that is the name read further (`AKT` -> `AKT1`), else the first that
    ///   reads the name's look-alike last letter as a digit (`STATS` -> `STAT3`), else the first
    ///   read at least `settledConfidence` and `surerMargin` above the name (`GNAi1` at 27 ->
    ///   `GNA11` at 86, `P300` at 51 -> `EP300` at 89).
    ///
    /// On the dev set's 80 WikiPathways JPEGs (`scripts/eval-ocr`), the last three ways and
    /// the look-alike candidates together read 11 more labels (3,160 -> 3,171).
    public static func replacement(for original: Token, rereadings: [Token], reach: Int, names: any NameLexicon) -> [Token]? {
        let within = rereadings.filter { word in
            let cx = word.box.x + word.box.width / 2, cy = word.box.y + word.box.height / 2
            return cx >= original.box.x - reach && cx < original.box.maxX + reach && cy >= original.box.y && cy < original.box.maxY
        }
        // One lexicon query per word, whichever questions are asked of it below.
        let readings = within.map { (word: $0, reading: names.reading(of: $0.text)) }
        let named = readings.filter { isVouched($0.word, as: $0.reading) }.map(\.word)
        let originalText = original.text
        let originalReading = names.reading(of: originalText)
        if originalReading < .alias {
            if !named.isEmpty { return named }
            // A name once the lexicon corrects it (`NDUFAS`), where the word was none even so:
            // the rereading is kept as read, and the lexicon corrects it as any other word.
            guard originalReading == .none else { return nil }
            let corrected = readings.filter { isVouched($0.word, as: $0.reading, correcting: true) }.map(\.word)
            return corrected.isEmpty ? nil : corrected
        }
        guard !named.isEmpty else { return nil }
        let stem = key(originalText)
        if let longer = named.first(where: { let k = key($0.text); return k.count > stem.count && k.hasPrefix(stem) }) {
            return [longer]
        }
        if let lookAlike = lookAlikeStem(of: originalText, names: names),
           let numbered = named.first(where: { isStem(lookAlike, withDigit: key($0.text)) }) {
            return [numbered]
        }
        let surer = named.first { $0.confidence >= max(settledConfidence, original.confidence + surerMargin) }
        return surer.map { [$0] }
    }

    /// How much more confident than a name another name's rereading must be to replace it.
    public static let surerMargin = 20.0

    /// True when `name` is `stem` and one digit.
    static func isStem(_ stem: String, withDigit name: String) -> Bool {
        name.count == stem.count + 1 && name.hasPrefix(stem) && endsInDigit(name)
    }

    /// A rereading read fairly confidently, written like a symbol (capitals and digits, three or
    /// more) and, by the lexicon's `reading` of it, a name as written or, when `correcting`,
    /// once corrected; one of three characters only as a symbol or family, as written. Short
    /// and mixed-case names (`FAs`, `mTo`, `SPl`) are aliases that a misreading meets by
    /// chance: on the dev set's JPEGs they were most of the ids a looser rule added that no
    /// drawn label had. So were three-letter aliases: of the ids rereadings named on the 160
    /// WikiPathways figures (`figure/11` before this rule), such aliases named 17 that no drawn
    /// label had and 3 that one had, and three-character corrections 2 and 0. Leaving them out read the same labels
    /// on the PNGs and JPEGs and 3 fewer PFOCR words (607 of 1,078), with 5 and 10 fewer
    /// misreadings among the ids (`scripts/eval-ocr --false-ids`).
    static func isVouched(_ word: Token, as reading: NameReading, correcting: Bool = false) -> Bool {
        let letters = key(word.text)
        guard word.confidence >= minimumConfidence, letters.count >= 3 else { return false }
        let hasLowerCase = word.text.unicodeScalars.contains { $0.properties.isLowercase }
        guard !hasLowerCase else { return false }
        if letters.count == 3 { return !correcting && reading == .symbol }
        return reading >= (correcting ? .corrected : .alias)
    }

    /// Rereadings less confident than this are not believed.
    public static let minimumConfidence = 50.0

    /// Letters and digits in capitals: how names compare (`Akt-1` and `AKT1` are one).
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })).uppercased()
    }
}
