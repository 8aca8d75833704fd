import Evidence
import Testing
@testable import Worker

@Suite("Token correction")
struct TokenCorrectionTests {
    static func token(_ text: String, x: Int, pass: String = "sparse") -> Token {
        Token(text: text, confidence: 80, box: Box(x: x, y: 10, width: 40, height: 12),
              layout: WordLayout(block: 1, paragraph: 1, line: 1, word: x), pass: pass)
    }

    static func mention(_ token: Token, symbol: String, source: GeneMention.Source = .corrected,
                        ambiguous: Bool = false, transforms: [String] = ["corrected:S->5"]) -> GeneMention {
        GeneMention(word: token.text, match: symbol, symbol: symbol, ncbigeneID: "1", organism: "Homo sapiens",
                    source: source, transforms: transforms, ambiguous: ambiguous, box: token.box,
                    confidence: token.confidence / 2, pass: token.pass)
    }

    @Test("an unambiguous correction replaces the token's text and keeps the engine's reading")
    func applied() {
        let tokens = [Self.token("ATPSD", x: 0), Self.token("binds", x: 50)]
        let corrected = TokenCorrection.applying([Self.mention(tokens[0], symbol: "ATP5D")], to: tokens)
        #expect(corrected.map(\.text) == ["ATP5D", "binds"])
        #expect(corrected.map(\.raw) == ["ATPSD", nil])
        #expect(corrected[0].box == tokens[0].box && corrected[0].confidence == tokens[0].confidence)
    }

    @Test("a correction to an old symbol spells the old symbol; one to a symbol spells the symbol as written")
    func spelling() {
        let tokens = [Self.token("ATPSAL", x: 0), Self.token("HLAA", x: 50)]
        var old = Self.mention(tokens[0], symbol: "ATP5F1A", transforms: ["corrected:S->5", "corrected:L->1"])
        old.match = "ATP5A1"
        var hyphenated = Self.mention(tokens[1], symbol: "HLA-A")
        hyphenated.match = "HLAA"
        let corrected = TokenCorrection.applying([old, hyphenated], to: tokens)
        #expect(corrected.map(\.text) == ["ATP5A1", "HLA-A"])
        #expect(corrected.map(\.raw) == ["ATPSAL", "HLAA"])
    }

    @Test("a Greek letter read as its Latin look-alike keeps the reading; the other edits are made")
    func greekLetters() {
        let tokens = [Self.token("IFNy", x: 0), Self.token("lFNY", x: 50), Self.token("PLCyy2", x: 100), Self.token("Ifny", x: 150)]
        let mentions = [
            Self.mention(tokens[0], symbol: "IFNG", transforms: ["corrected:y->G"]),
            Self.mention(tokens[1], symbol: "IFNG", transforms: ["corrected:l->I", "corrected:Y->G"]),
            Self.mention(tokens[2], symbol: "PLCG2", transforms: ["corrected:drop-y", "corrected:y->G"]),
            Self.mention(tokens[3], symbol: "IFNG", transforms: ["corrected:y->G"]),
        ]
        let corrected = TokenCorrection.applying(mentions, to: tokens)
        #expect(corrected.map(\.text) == ["IFNy", "IFNY", "PLCyy2", "Ifny"])
        #expect(corrected.map(\.raw) == [nil, "lFNY", nil, nil])
    }

    @Test("a kappa read as another glyph becomes K in the reading, not the family's key")
    func kappa() {
        let tokens = [Self.token("NF-xB;", x: 0)]
        var family = Self.mention(tokens[0], symbol: "NFKB1", transforms: ["corrected:kappa"])
        family.match = "NFKB"
        let corrected = TokenCorrection.applying([family], to: tokens)
        #expect(corrected.map(\.text) == ["NF-KB;"])
        #expect(corrected.map(\.raw) == ["NF-xB;"])
    }

    @Test("readings, ambiguous corrections, joined words and other boxes or passes are left alone")
    func leftAlone() {
        let tokens = [Self.token("STAT3", x: 0), Self.token("MAPKS", x: 50), Self.token("ITGBS", x: 100),
                      Self.token("NF", x: 150), Self.token("RAFI", x: 200)]
        let elsewhere = Self.token("RAFI", x: 200, pass: "boxes")
        let mentions = [
            Self.mention(tokens[0], symbol: "STAT3", source: .symbol, transforms: []),
            Self.mention(tokens[1], symbol: "MAPK5", ambiguous: true),
            Self.mention(tokens[1], symbol: "MAPK8", ambiguous: true),
            Self.mention(tokens[3], symbol: "NFKB1", transforms: ["join-tokens", "corrected:S->5"]),
            Self.mention(elsewhere, symbol: "RAF1"),
        ]
        let corrected = TokenCorrection.applying(mentions, to: tokens)
        #expect(corrected == tokens)
    }
}
