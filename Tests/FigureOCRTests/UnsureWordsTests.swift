import Evidence
import FigureOCR
import Testing

/// A lexicon of a fixed set of names, compared as written.
struct FixedNames: NameLexicon {
    let names: Set<String>
    func knows(_ word: String) -> Bool { names.contains(word.trimmingCharacters(in: .punctuationCharacters)) }
}

@Suite("Unsure words")
struct UnsureWordsTests {
    static let names = FixedNames(names: ["AKT", "AKT1", "SOS1", "SOS11", "FAs", "RAF1", "PTEN"])

    static func token(_ text: String, x: Int = 100, width: Int = 40, confidence: Double = 80, raw: String? = nil) -> Token {
        Token(text: text, confidence: confidence, box: Box(x: x, y: 50, width: width, height: 12),
              layout: WordLayout(block: 1, paragraph: 1, line: 1, word: 1), pass: "sparse", raw: raw)
    }

    @Test("words written like names are read again, unless they are names no longer name could replace")
    func candidates() {
        #expect(UnsureWords.isCandidate(Self.token("ATPSAL"), names: Self.names))
        // A name is replaced only by a longer one: PTEN has none in the lexicon, however unsure.
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

    @Test("a rereading the lexicon knows replaces a word it does not")
    func replacesUnknown() throws {
        let original = Self.token("S0Sl")
        let reread = [Self.token("SOS1", x: 102, confidence: 70), Self.token("|", x: 138, width: 3, confidence: 90)]
        let replacement = try #require(UnsureWords.replacement(for: original, rereadings: reread, reach: 4, names: Self.names))
        #expect(replacement.map(\.text) == ["SOS1"])
        #expect(replacement[0].box == reread[0].box)
    }

    @Test("a known word gives way only to the same name read further")
    func extendsKnown() {
        let original = Self.token("AKT", confidence: 90)
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("AKT1", confidence: 80)], reach: 4, names: Self.names)?.map(\.text) == ["AKT1"])
        #expect(UnsureWords.replacement(for: original, rereadings: [Self.token("RAF1", confidence: 80)], reach: 4, names: Self.names) == nil)
    }

    @Test("rereadings that are not vouched for, or lie beside the word, change nothing")
    func notVouched() {
        let original = Self.token("ATPSAL")
        let cases: [[Token]] = [
            [Self.token("KOKS")],                           // not a name
            [Self.token("SOS1", confidence: 40)],           // unsure
            [Self.token("FAs")],                            // mixed case: a chance alias
            [Self.token("SOS1", x: 160)],                   // a neighbour caught in the margin
            [],
        ]
        for rereadings in cases {
            #expect(UnsureWords.replacement(for: original, rereadings: rereadings, reach: 4, names: Self.names) == nil)
        }
    }
}
