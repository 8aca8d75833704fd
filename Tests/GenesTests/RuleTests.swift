import Testing

@testable import Genes

@Suite("Skip rules and stop lists")
struct SkipAndStopTests {
    @Test("single characters, numbers and very long tokens are skipped", arguments: [
        ("A", SkipRules.Reason.singleCharacter), ("7", .singleCharacter), ("(", .singleCharacter),
        ("2014", .number), ("1,000", .number), ("3.5%", .number),
        (String(repeating: "AB", count: 40), .tooLong),
        ("Can't", .contraction), ("don\u{2019}t", .contraction), ("ISN\u{2018}T", .contraction),
        ("we're", .contraction), ("I'll", .contraction), ("they`ve", .contraction),
    ])
    func skipped(text: String, reason: SkipRules.Reason) {
        #expect(SkipRules().reason(toSkip: text) == reason)
    }

    @Test("gene-like tokens are not skipped", arguments: ["14-3-3", "IL6", "p53", "β1", "IL-2's", "5'-NT", "3't", "TNF'"])
    func notSkipped(text: String) {
        #expect(SkipRules().reason(toSkip: text) == nil)
    }

    @Test("the stop list data file is in force", arguments: ["AND", "NA", "CELL", "CYCLE", "ATP", "ADP", "CoA", "TCA", "CAN", "TRE", "MAP", "HSD"])
    func stopped(word: String) {
        let key = MatchKey.make(word)?.text ?? ""
        #expect(MatchRules.standard.stopList.stops(key: key, folded: word))
    }

    @Test("a contraction names no gene, a possessive names its gene")
    func contractions() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("Can't") == [])
        #expect(matcher.symbols("CAN\u{2019}T") == [])
        #expect(matcher.symbols("TNF's") == ["TNF"])
    }

    @Test("common English words are stopped unless written in capitals")
    func commonWords() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("was") == [])
        #expect(matcher.symbols("Was") == [])
        #expect(matcher.symbols("WAS") == ["WAS"])
        #expect(matcher.symbols("cat") == [])
        #expect(matcher.symbols("CAT") == ["CAT"])
    }

    @Test("stopped words give no gene even through rewriting")
    func stoppedEverywhere() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("ATP") == [])
        #expect(matcher.symbols("ATP/ADP") == [])
    }
}

@Suite("Expansions")
struct ExpanderTests {
    @Test("a short later part borrows the first part's root", arguments: [
        ("SMAD2", "3", "SMAD3"), ("IL-1", "6", "IL-6"), ("KDM6A", "B", "KDM6B"), ("Wnt3a", "5a", "Wnt5a"),
        ("5-HT2A", "2B", "5-HT2B"), ("VSPR1", "R2", "VSPR2"), ("ERK1", "2", "ERK2"),
    ])
    func borrowRoot(first: String, part: String, expected: String) {
        #expect(Expander.borrowRoot(first: first, part: part) == expected)
    }

    @Test("ranges count through, within limits")
    func ranges() {
        #expect(Expander.range("Wnt3-5") == ["Wnt3", "Wnt4", "Wnt5"])
        #expect(Expander.range("TGF-B1-3") == ["TGF-B1", "TGF-B2", "TGF-B3"])
        #expect(Expander.range("IL1-40") == [])
        #expect(Expander.range("14-3-3") == [])
        #expect(Expander.range("IL-6") == [])
    }

    @Test("the matcher keeps only expansions that are names")
    func matcherExpansions() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("KDM6A/B") == ["KDM6A", "KDM6B"])
        #expect(Set(matcher.symbols("IL-1/6")) == ["IL1A", "IL1B", "IL6"])
        // Wnt5 is the FamPlex family of WNT5A and WNT5B.
        #expect(matcher.symbols("Wnt3-5") == ["WNT3", "WNT4", "WNT5A", "WNT5B"])
        #expect(matcher.mentions(inText: "Wnt3-5").map(\.family) == [nil, nil, "Wnt5", "Wnt5"])
        #expect(matcher.mentions(inText: "Wnt3-5").first?.transforms == ["range"])
        // Within one word, mentions are ordered by symbol.
        #expect(matcher.symbols("IL-4,IL-13") == ["IL13", "IL4"])
        #expect(matcher.symbols("TLR2/TLR4") == ["TLR2", "TLR4"])
        let smad = matcher.mentions(inText: "SMAD2/3")
        #expect(smad.map(\.symbol) == ["SMAD2", "SMAD3"])
    }

    @Test("IL-1/6 is IL-1 and IL-6, not IL16 that its key spells")
    func listBeatsSpelling() throws {
        let matcher = try Fixture.matcher()
        #expect(!matcher.symbols("IL-1/6").contains("IL16"))
        #expect(matcher.symbols("IL16") == ["IL16"])
    }

    @Test("wrapping punctuation is trimmed", arguments: [("(IFN-a", "IFN-a"), ("CBP/", "CBP"), ("IL-1,", "IL-1"), ("\"AKT\"", "AKT")])
    func trim(raw: String, trimmed: String) {
        #expect(Trimmer.trim(raw) == trimmed)
    }
}

@Suite("Affixes")
struct AffixTests {
    @Test("the affix data file is read")
    func dataFile() {
        let rules = MatchRules.standard.affixes
        #expect(rules.prefixes.contains("phospho-"))
        #expect(rules.prefixes.firstIndex(of: "phospho-") ?? 99 < rules.prefixes.firstIndex(of: "p-") ?? 0)
        #expect(rules.suffixes.contains("-P"))
    }

    @Test("prefixes and suffixes are stripped keeping the original word", arguments: [
        ("p-AKT1", "AKT1"), ("phospho-STAT3", "STAT3"), ("STAT3-P", "STAT3"), ("GFP-TP53", "TP53"), ("c-Myc", "MYC"),
    ])
    func stripped(word: String, symbol: String) throws {
        let mentions = try Fixture.matcher().mentions(inText: word)
        #expect(mentions.map(\.symbol) == [symbol])
        #expect(mentions.first?.word == word)
    }

    @Test("a stripped form wins when it is a more trusted name: p-ERK is ERK, not PERK")
    func strippedWinsOnPriority() throws {
        let symbols = try Fixture.matcher().symbols("p-ERK")
        #expect(symbols == ["MAPK1", "MAPK3"])
        #expect(!symbols.contains("EIF2AK3"))
    }

    @Test("plural s is stripped only to make a name")
    func plural() throws {
        let matcher = try Fixture.matcher()
        let mentions = matcher.mentions(inText: "TLR4s")
        #expect(mentions.map(\.symbol) == ["TLR4"])
        #expect(mentions.first?.transforms.contains("plural") == true)
        #expect(AffixRules.singular(of: "Cells") == "Cell")
        #expect(AffixRules.singular(of: "ERKss") == nil)
        #expect(AffixRules.singular(of: "Ras") == nil)
    }

    @Test("a final R is stripped only where it makes a name")
    func finalR() throws {
        #expect(AffixRules.withoutFinalR("CXCR4R") == "CXCR4")
        #expect(AffixRules.withoutFinalR("Her") == nil)
        let matcher = try Fixture.matcher()
        let mentions = matcher.mentions(inText: "CXCR4R")
        #expect(mentions.map(\.symbol) == ["CXCR4"])
        #expect(mentions.first?.transforms == ["strip-R"])
        #expect(matcher.symbols("EGFR") == ["EGFR"])
    }
}

@Suite("OCR correction")
struct CorrectionTests {
    @Test("one confusable substitution that makes an official symbol is a corrected match", arguments: [
        ("MAPKl", "MAPK1"), ("CDl4", "CD14"), ("lL6", "IL6"), ("|L6", "IL6"), ("MAPK1O", "MAPK10"), ("STAT0", nil),
    ])
    func corrected(word: String, symbol: String?) throws {
        let mentions = try Fixture.matcher().mentions(inText: word)
        #expect(mentions.first?.symbol == symbol)
        if symbol != nil {
            #expect(mentions.first?.source == .corrected)
            #expect(mentions.first?.transforms.first?.hasPrefix("corrected:") == true)
        }
    }

    @Test("a gamma read as Y after its stem is a candidate G; a leading Y or a short word is not")
    func gamma() {
        #expect(OCRCorrector.variants(of: "IFNY").contains { $0 == ("IFNG", "corrected:Y->G") })
        #expect(OCRCorrector.variants(of: "IFN-y").contains { $0 == ("IFN-G", "corrected:y->G") })
        #expect(OCRCorrector.variants(of: "PLCY2").contains { $0 == ("PLCG2", "corrected:Y->G") })
        #expect(!OCRCorrector.variants(of: "Yer1").contains { $0.text == "Ger1" || $0.text == "GER1" })
        #expect(!OCRCorrector.variants(of: "SAy").contains { $0.text == "SAG" })
    }

    @Test("a glyph read for a kappa between capitals or a hyphen and a capital is spelt K", arguments: [
        ("NF-xB", "NF-KB"), ("NFxB", "NFKB"), ("NF-\u{AB}B2", "NF-KB2"), ("NF-*B1", "NF-KB1"), ("IxBa", "IKBa"),
        ("Taxol", nil), ("xB", nil), ("NF-kB", nil), ("NF-x", nil), ("Nx1B", nil),
    ])
    func kappaReading(word: String, read: String?) {
        #expect(OCRCorrector.kappaRead(word) == read)
    }

    @Test("a kappa read as another glyph names the family as a correction; a name read as written is not one")
    func kappa() throws {
        let matcher = try Fixture.matcher()
        let family = Set(try matcher.mentions(inText: "NF-kB").map(\.symbol))
        #expect(family.isSuperset(of: ["NFKB1", "RELA"]))
        for word in ["NF-xB", "NF-\u{AB}B", "NFxB"] {
            let mentions = matcher.mentions(inText: word)
            #expect(Set(mentions.map(\.symbol)) == family)
            #expect(mentions.allSatisfy { $0.source == .corrected && $0.transforms.first == OCRCorrector.kappaSpelling })
        }
        #expect(matcher.symbols("NF-*B2") == ["NFKB2"])
        #expect(matcher.mentions(inText: "NF-kB").allSatisfy { $0.source == .famplex })
    }

    @Test("corrected matches carry half the OCR confidence")
    func confidence() throws {
        let token = Token(text: "MAPKl", confidence: 80, box: Box(x: 0, y: 0, width: 50, height: 12),
                          layout: WordLayout(block: 1, paragraph: 1, line: 1, word: 1), pass: "plain")
        let mention = try #require(try Fixture.matcher().mentions(in: [token]).first)
        #expect(mention.confidence == 40)
        #expect(mention.source == .corrected)
    }

    /// `word` names `symbol` alone, as a correction made by `steps`.
    func expectCorrected(_ word: String, to symbol: String, steps: [String]) throws {
        let mentions = try Fixture.matcher().mentions(inText: word)
        #expect(mentions.map(\.symbol) == [symbol])
        #expect(mentions.first?.source == .corrected)
        #expect(mentions.first?.transforms == steps)
    }

    @Test("in capitals, small-print confusions and a box edge are corrected, up to two edits", arguments: [
        ("GSK3E", "GSK3B", ["corrected:E->B"]),
        ("ISTAT3", "STAT3", ["corrected:drop-I"]),
        ("ATPSFIA", "ATP5F1A", ["corrected:S->5", "corrected:I->1"]),
        ("CO8A", "CD8A", ["corrected:O->D"]),
    ])
    func capitals(word: String, symbol: String, steps: [String]) throws {
        try expectCorrected(word, to: symbol, steps: steps)
    }

    @Test("the wider confusions need capitals, a digit or 4 bytes, and 5 bytes for two edits")
    func capitalsRules() throws {
        // Lower case that is not itself a confusion: not a capitals word.
        #expect(try Fixture.matcher().symbols("Gsk3E") == [])
        #expect(!OCRCorrector.tiers(of: "Gsk3E").joined().contains { $0.text.uppercased() == "GSK3B" })
        // Three letters and no digit (`TCA`, `GDP`): only the basic tier.
        #expect(OCRCorrector.tiers(of: "TCA").allSatisfy { tier in tier.allSatisfy { $0.transforms.count == 1 } })
        #expect(!OCRCorrector.tiers(of: "TCA").joined().contains { $0.text == "TC4" })
        #expect(OCRCorrector.tiers(of: "TCA4").joined().contains { $0.text == "TC44" })
        // The distant confusions (A T G E D O) need a digit or 5 bytes: GABA is not GAB4, IRAKA is IRAK4.
        #expect(!OCRCorrector.tiers(of: "GABA").joined().contains { $0.text == "GAB4" })
        #expect(OCRCorrector.tiers(of: "IRAKA").joined().contains { $0.text == "IRAK4" })
        #expect(OCRCorrector.tiers(of: "TLRS").joined().contains { $0.text == "TLR5" })
        // `O` is a distant `D` (`COF` is not CDF, `POGFR` is PDGFR), but still a basic `0`.
        #expect(!OCRCorrector.tiers(of: "COF").joined().contains { $0.text == "CDF" })
        #expect(OCRCorrector.tiers(of: "COF").joined().contains { $0.text == "C0F" })
        #expect(OCRCorrector.tiers(of: "POGFR").joined().contains { $0.text == "PDGFR" })
        // Two edits only from 5 bytes on.
        #expect(!OCRCorrector.tiers(of: "SASA").joined().contains { $0.transforms.count == 2 })
        #expect(OCRCorrector.tiers(of: "SASAS").joined().contains { $0.text == "5A5AS" })
    }

    @Test("the most trusted tier that names something wins: one basic edit before the wider ones")
    func tierOrder() throws {
        // `MAPKl` is MAPK1 in the basic tier; the wider tier is never consulted.
        let mention = try #require(try Fixture.matcher().mentions(inText: "MAPKl").first)
        #expect(mention.symbol == "MAPK1")
        #expect(mention.transforms == ["corrected:l->1"])
        #expect(!mention.ambiguous)
        let tiers = OCRCorrector.tiers(of: "MAPKl")
        #expect(tiers.first?.contains { $0.text == "MAPK1" } == true)
    }

    @Test("one glyph read as two alike is one", arguments: [
        ("DNMT1L", "DNMT1", ["corrected:drop-L"]),
        ("KLF5S", "KLF5", ["corrected:drop-S"]),
        ("WWTRI1", "WWTR1", ["corrected:drop-I"]),
    ])
    func doubledGlyph(word: String, symbol: String, steps: [String]) throws {
        try expectCorrected(word, to: symbol, steps: steps)
    }

    @Test("small capitals read in lower case are tried in capitals, only when something is left to correct")
    func caseBlind() throws {
        let matcher = try Fixture.matcher()
        let mention = try #require(matcher.mentions(inText: "sosl").first)
        #expect(mention.symbol == "SOS1")
        #expect(mention.transforms == ["corrected:case", "corrected:l->1"])
        #expect(matcher.symbols("socsl") == ["SOCS1"])
        #expect(OCRCorrector.inCapitals(Array("cDoc42".utf8)).map { String(decoding: $0, as: UTF8.self) } == "CDOC42")
        // A letter whose lower case has another shape, or nothing to correct: left alone.
        #expect(OCRCorrector.inCapitals(Array("sosa".utf8)) == nil)
        #expect(OCRCorrector.inCapitals(Array("coos".utf8)) == nil)
        #expect(OCRCorrector.inCapitals(Array("cox".utf8)) == nil)
        #expect(OCRCorrector.inCapitals(Array("zoos".utf8)) == nil)
    }

    @Test("a final 1 read as a closing mark is the symbol, unless the word is a symbol or the mark closes a bracket")
    func finalOne() throws {
        let matcher = try Fixture.matcher()
        let jak = try #require(matcher.mentions(inText: "JAK!").first)
        #expect(jak.symbol == "JAK1")
        #expect(jak.source == .corrected)
        #expect(jak.transforms == ["corrected:final-1"])
        #expect(matcher.symbols("TALDO]") == ["TALDO1"])
        // `(JAK)` is the family in brackets; `IL2]` is IL2 by a box edge, not IL21.
        #expect(Set(matcher.symbols("(JAK)")) == ["JAK1", "JAK2", "JAK3"])
        #expect(matcher.symbols("IL2]") == ["IL2"])
        #expect(OCRCorrector.beforeFinalGlyph("IL2|") == nil)
        #expect(OCRCorrector.beforeFinalGlyph("Jak!") == nil)
        #expect(OCRCorrector.beforeFinalGlyph("'STAT}") == "STAT")
    }

    @Test("failing any symbol, a correction may reach an alias spelt like one, and says the name it spelt")
    func aliasTarget() throws {
        let matcher = try Fixture.matcher()
        // ATP5A1 is ATP5F1A's old symbol, an alias in NCBI's tables.
        let old = try #require(matcher.mentions(inText: "ATPSAL").first)
        #expect(old.symbol == "ATP5F1A")
        #expect(old.match == "ATP5A1")
        #expect(old.source == .corrected)
        // A symbol two edits away wins over an alias one edit away (PTPN1L is an alias of SIRPB2).
        #expect(matcher.symbols("PTPNIL") == ["PTPN11"])
        // Aliases shorter than five characters or without a digit are never reached.
        #expect(EntrySelector.CorrectionTargets.aliases.admits(
            Posting(target: 0, kind: .alias), key: "ABCD1", in: try Fixture.lexicon()))
        #expect(!EntrySelector.CorrectionTargets.aliases.admits(
            Posting(target: 0, kind: .alias), key: "ABC1", in: try Fixture.lexicon()))
        #expect(!EntrySelector.CorrectionTargets.aliases.admits(
            Posting(target: 0, kind: .alias), key: "ABCDE", in: try Fixture.lexicon()))
    }

    @Test("lower-case words and aliases are not bent into symbols")
    func notCorrected() throws {
        #expect(OCRCorrector.isCandidate("cell") == false)
        let matcher = try Fixture.matcher()
        var rules = MatchRules.standard
        rules.correctsOCRConfusions = false
        #expect(try Fixture.matcher(rules: rules).symbols("MAPKl") == [])
        #expect(matcher.symbols("MAPKl") == ["MAPK1"])
    }
}

import Evidence

@Suite("Isoform letters")
struct IsoformTests {
    @Test("a final isoform letter after a digit is stripped only to make a name")
    func isoform() throws {
        #expect(AffixRules.withoutIsoformLetter("SREBP1a") == "SREBP1")
        #expect(AffixRules.withoutIsoformLetter("Wnt3A") == nil)
        let matcher = try Fixture.matcher()
        // WNT3A is a symbol as written: no stripping.
        #expect(matcher.symbols("Wnt3a") == ["WNT3A"])
        let mentions = matcher.mentions(inText: "STAT3b")
        #expect(mentions.map(\.symbol) == ["STAT3"])
        #expect(mentions.first?.transforms == ["strip-isoform"])
    }
}
