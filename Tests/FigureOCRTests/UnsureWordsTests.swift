import Evidence
import FigureOCR
import Testing

/// A lexicon of a fixed set of names, compared as written; `aliases` are the names that are no
/// symbol, and `corrections` maps misreadings to the names a correction makes of them.
struct FixedNames: NameLexicon {
    let names: Set<String>
    var aliases: Set<String> = []
    var corrections: [String: String] = [:]
    func reading(of word: String) -> NameReading {
        let bare = word.trimmingCharacters(in: .punctuationCharacters)
        if names.contains(bare) { return aliases.contains(bare) ? .alias : .symbol }
        return corrections[bare].map(names.contains) == true ? .corrected : .none
    }
}

@Suite("Unsure words")
struct UnsureWordsTests {
    static let names = FixedNames(
        names: ["AKT", "AKT1", "SOS1", "SOS11", "FAs", "RAF1", "PTEN", "STATS", "STAT3", "GNAI1", "GNA11", "NDUFA5", "EGF", "TTF", "IL6"],
        aliases: ["TTF", "STATS"],
        corrections: ["NDUFAS": "NDUFA5", "NOUFAS": "NDUFA5", "IL5": "IL6"]
    )

    static func token(_ text: String, x: Int = 100, width: Int = 40, confidence: Double = 80, raw: String? = nil) -> Token {
        Token(text: text, confidence: confidence, box: Box(x: x, y: 50, width: width, height: 12),
              layout: WordLayout(block: 1, paragraph: 1, line: 1, word: 1), pass: "sparse", raw: raw)
    }

    @Test("words written like names are read again, unless they are names that cannot have lost or misread a digit")
    func candidates() {
        #expect(UnsureWords.isCandidate(Self.token("ATPSAL"), names: Self.names))
        // A name that cannot have lost or misread a final digit is not read again, however
        // unsure: PTEN ends in no digit or look-alike letter, and no PTEN with a digit is known.
        #expect(!UnsureWords.isCandidate(Self.token("PTEN", confidence: 40), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("PTEN", confidence: 81), names: Self.names))
        // An unsure name ending in a digit is read again (ATP5 for ATP5A1), a confident one not.
        #expect(UnsureWords.isCandidate(Self.token("RAF1", confidence: 79), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("RAF1", confidence: 99), names: Self.names))
        // A confident name is read again when the lexicon knows it with a digit after it (AKT1):
        // the digit may have been lost. A confident name ending in a digit is not (SOS1: SOS11).
        #expect(UnsureWords.isCandidate(Self.token("AKT", confidence: 99), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("SOS1", confidence: 99), names: Self.names))
        #expect(UnsureWords.isCandidate(Self.token("Nr3c1"), names: Self.names))
        // A confident name whose last letter is one a digit is read as, when the rest with a
        // digit is a name (STATS: STAT3), but not when no such name exists.
        #expect(UnsureWords.isCandidate(Self.token("STATS", confidence: 95), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("PTENS", confidence: 95), names: FixedNames(names: ["PTENS", "PTEN"])))
        // An unknown word stays unsure however confident; the engine's own reading decides.
        #expect(UnsureWords.isCandidate(Self.token("KOKS", confidence: 99), names: Self.names))
        // Not written like a name: lower case only, capitalised, one character, or a tall narrow
        // (vertical) box.
        #expect(!UnsureWords.isCandidate(Self.token("binds"), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("Leptin"), names: Self.names))
        // More small letters than capitals and digits: a word a rereading in capitals seldom
        // replaces.
        #expect(!UnsureWords.isCandidate(Self.token("Glucose-6-Phosphate"), names: Self.names))
        #expect(UnsureWords.isCandidate(Self.token("TaLo01"), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("A"), names: Self.names))
        #expect(!UnsureWords.isCandidate(Self.token("IKBKB", width: 5), names: Self.names))
    }

    @Test("garbled words: no name, read below 60, two or more letters or digits, no taller than the bound")
    func garbled() {
        let bound = 48.0
        #expect(UnsureWords.isGarbled(Self.token("wove", confidence: 40), maxHeight: bound, names: Self.names))
        #expect(UnsureWords.isGarbled(Self.token("Boe;", confidence: 59), maxHeight: bound, names: Self.names))
        #expect(!UnsureWords.isGarbled(Self.token("wove", confidence: UnsureWords.garbledConfidence), maxHeight: bound, names: Self.names))
        // A name, however unsure, is `isCandidate`'s to judge.
        #expect(!UnsureWords.isGarbled(Self.token("PTEN", confidence: 40), maxHeight: bound, names: Self.names))
        #expect(!UnsureWords.isGarbled(Self.token("a|", confidence: 10), maxHeight: bound, names: Self.names))
        // Taller than the bound (the token is 12 px high), or a tall narrow box.
        #expect(!UnsureWords.isGarbled(Self.token("wove", confidence: 40), maxHeight: 11, names: Self.names))
        #expect(UnsureWords.isGarbled(Self.token("wove", confidence: 40), maxHeight: 12, names: Self.names))
        #expect(!UnsureWords.isGarbled(Self.token("wove", width: 5, confidence: 40), maxHeight: bound, names: Self.names))
    }

    @Test("a rereading the lexicon knows replaces a word it does not")
    func replacesUnknown() throws {
        let original = Self.token("S0Sl")
        let reread = [Self.token("SOS1", x: 102, confidence: 70), Self.token("|", x: 138, width: 3, confidence: 90)]
        let replacement = try #require(UnsureWords.replacement(for: original, rereadings: reread, reach: 4, names: Self.names))
        #expect(replacement.map(\.text) == ["SOS1"])
        #expect(replacement[0].box == reread[0].box)
    }

    @Test("a known word gives way to the same name read further, not to another name read as surely")
    func extendsKnown() {
        let original = Self.token("AKT", confidence: 90)
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("AKT1", confidence: 80)], reach: 4, names: Self.names)?.map(\.text) == ["AKT1"])
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("RAF1", confidence: 80)], reach: 4, names: Self.names) == nil)
    }

    @Test("a name whose last letter looks like a digit gives way to the name with that digit")
    func lookAlikeDigit() {
        let original = Self.token("STATS", confidence: 95)
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("STAT3", confidence: 60)], reach: 4, names: Self.names)?.map(\.text) == ["STAT3"])
        // Unsure, or not a name with a digit in place of the letter: the first reading stays.
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("STAT3", confidence: 45)], reach: 4, names: Self.names) == nil)
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("AKT1", confidence: 70)], reach: 4, names: Self.names) == nil)
    }

    @Test("a name gives way to another only when that one is read far more surely")
    func surerName() {
        let unsure = Self.token("GNAI1", confidence: 27)
        #expect(UnsureWords.replacement(for: unsure, rereadings: [Self.token("GNA11", confidence: 86)], reach: 4, names: Self.names)?.map(\.text) == ["GNA11"])
        // Below the settled confidence, or less than the margin above the name.
        #expect(UnsureWords.replacement(for: unsure, rereadings: [Self.token("GNA11", confidence: 79)], reach: 4, names: Self.names) == nil)
        let fair = Self.token("GNAI1", confidence: 70)
        #expect(UnsureWords.replacement(for: fair, rereadings: [Self.token("GNA11", confidence: 89)], reach: 4, names: Self.names) == nil)
        #expect(UnsureWords.replacement(for: fair, rereadings: [Self.token("GNA11", confidence: 90)], reach: 4, names: Self.names)?.map(\.text) == ["GNA11"])
    }

    @Test("a word that is no name gives way to a rereading that is one once corrected")
    func correctedRereading() {
        let rereading = Self.token("NDUFAS", confidence: 80)
        #expect(UnsureWords.replacement(for: Self.token("N0UFA", confidence: 90), rereadings: [rereading], reach: 4, names: Self.names)?.map(\.text) == ["NDUFAS"])
        // A rereading known as written wins over one known once corrected.
        let both = [rereading, Self.token("STAT3", x: 104, confidence: 60)]
        #expect(UnsureWords.replacement(for: Self.token("N0UFA", confidence: 90), rereadings: both, reach: 4, names: Self.names)?.map(\.text) == ["STAT3"])
        // The word is itself a name once corrected: the lexicon corrects it as it stands.
        #expect(UnsureWords.replacement(for: Self.token("NOUFAS", confidence: 90), rereadings: [rereading], reach: 4, names: Self.names) == nil)
        // A name is never replaced by a correction.
        #expect(UnsureWords.replacement(for: Self.token("GNAI1", confidence: 20), rereadings: [Self.token("NDUFAS", confidence: 99)], reach: 4, names: Self.names) == nil)
    }

    @Test("rereadings that are not vouched for, or lie beside the word, change nothing")
    func notVouched() {
        // A symbol of three characters is vouched for; the word gives way to it.
        #expect(UnsureWords.replacement(for: Self.token("ATPSAL"), rereadings: [Self.token("EGF")], reach: 4, names: Self.names)?.map(\.text) == ["EGF"])
        let original = Self.token("ATPSAL")
        let cases: [[Token]] = [
            [Self.token("KOKS")],                           // not a name
            [Self.token("SOS1", confidence: 40)],           // unsure
            [Self.token("FAs")],                            // mixed case: a chance alias
            [Self.token("TTF")],                            // three characters, only an alias
            [Self.token("IL5")],                            // three characters, only once corrected
            [Self.token("SOS1", x: 160)],                   // a neighbour caught in the margin
            [],
        ]
        for rereadings in cases {
            #expect(UnsureWords.replacement(for: original, rereadings: rereadings, reach: 4, names: Self.names) == nil)
        }
    }
}
