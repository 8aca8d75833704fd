import Evidence
import Testing

@testable import Genes

@Suite("Matcher")
struct MatcherTests {
    private func token(_ text: String, x: Int, word: Int, line: Int = 1, width: Int? = nil, confidence: Double = 90) -> Token {
        Token(text: text, confidence: confidence, box: Box(x: x, y: line * 40, width: width ?? text.count * 9, height: 14),
              layout: WordLayout(block: 1, paragraph: 1, line: line, word: word), pass: "plain")
    }

    @Test("an official symbol matches with its id and organism")
    func symbol() throws {
        let mention = try #require(try Fixture.matcher().mentions(inText: "MAPK1").first)
        #expect(mention.symbol == "MAPK1")
        #expect(mention.ncbigeneID == "5594")
        #expect(mention.organism == "Homo sapiens")
        #expect(mention.source == .symbol)
        #expect(mention.match == "MAPK1")
        #expect(mention.ambiguous == false)
        #expect(mention.box == nil && mention.confidence == nil && mention.pass == nil)
    }

    @Test("normalised forms reach the symbol: GSK-3β, gsk3b, TNF-α")
    func normalised() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("GSK-3β") == ["GSK3B"])
        #expect(matcher.mentions(inText: "GSK-3β").first?.transforms == ["greek"])
        #expect(matcher.symbols("gsk3b") == ["GSK3B"])
        #expect(matcher.symbols("TNF-α") == ["TNF"])
        #expect(matcher.symbols("TNFalpha") == ["TNF"])
    }

    @Test("a FamPlex family expands to its members, marked as such")
    func family() throws {
        let mentions = try Fixture.matcher().mentions(inText: "AMPK")
        #expect(mentions.map(\.symbol) == ["PRKAA1", "PRKAA2", "PRKAB1", "PRKAB2", "PRKAG1", "PRKAG2", "PRKAG3"])
        let allFromAMPK = mentions.allSatisfy { $0.source == .famplex && $0.family == "AMPK" && !$0.ambiguous }
        #expect(allFromAMPK)
        #expect(try Fixture.matcher().symbols("ERK1/2") == ["MAPK1", "MAPK3"])
        let allNFkB = try Fixture.matcher().mentions(inText: "NF-κB").allSatisfy { $0.family == "NFkappaB" }
        #expect(allNFkB)
    }

    @Test("priority: a symbol beats an alias of another gene, a family beats an alias")
    func priority() throws {
        let matcher = try Fixture.matcher()
        // ERK is an NCBI alias of MAPK1 (and others) but FamPlex's ERK family wins.
        let erk = matcher.mentions(inText: "ERK")
        let allFamily = erk.allSatisfy { $0.source == .famplex }
        #expect(allFamily)
        // RIGI is the official symbol (2022); DDX58 is also an alias elsewhere.
        #expect(matcher.mentions(inText: "TP53").map(\.source) == [.symbol])
    }

    @Test("a FamPlex-grounded alias settles a shared alias: p65 is RELA")
    func grounded() throws {
        let mentions = try Fixture.matcher().mentions(inText: "p65")
        #expect(mentions.map(\.symbol) == ["RELA"])
        #expect(mentions.first?.source == .alias)
        #expect(mentions.first?.ambiguous == false)
    }

    @Test("an alias shared by several genes names none of them, unless ambiguous names are asked for")
    func ambiguous() throws {
        #expect(try Fixture.matcher().mentions(inText: "p40").isEmpty)
        #expect(try Fixture.matcher().symbols("p40 MAPK1") == ["MAPK1"])
        var rules = MatchRules.standard
        rules.reportsAmbiguousNames = true
        let mentions = try Fixture.matcher(rules: rules).mentions(inText: "p40")
        #expect(mentions.count > 1)
        let allAmbiguous = mentions.allSatisfy(\.ambiguous)
        #expect(allAmbiguous)
        #expect(mentions.map(\.symbol) == mentions.map(\.symbol).sorted())
    }

    @Test("a short word all in lower case is not an official symbol; capitalised or a family it is")
    func lowerCaseSymbols() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("INS") == ["INS"])
        #expect(matcher.symbols("ins") == [])
        #expect(matcher.symbols("Ins") == ["INS"])
        #expect(matcher.symbols("tec") == [])
        #expect(matcher.symbols("Myc") == ["MYC"])
        #expect(matcher.symbols("akt") == ["AKT1", "AKT2", "AKT3"])
        #expect(EntrySelector.isShortWordInLowerCase("rere") && !EntrySelector.isShortWordInLowerCase("reree"))
        #expect(!EntrySelector.isShortWordInLowerCase("p53") && !EntrySelector.isShortWordInLowerCase("Rere"))
    }

    @Test("the same symbol for two genes prefers the protein-coding one, saying so")
    func proteinCoding() throws {
        let mentions = try Fixture.matcher().mentions(inText: "TEC")
        #expect(mentions.map(\.ncbigeneID) == ["7006"])
        #expect(mentions.first?.transforms == ["prefer-protein-coding"])
        #expect(mentions.first?.ambiguous == false)
    }

    @Test("short names: aliases of two characters never match, short symbols only as written")
    func shortNames() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("AR") == ["AR"])
        #expect(matcher.symbols("ar") == [])
        #expect(matcher.symbols("Ar") == [])
        #expect(matcher.symbols("HP") == ["HP"])
        // KD is an NCBI alias of AR: two characters, not indexed.
        #expect(matcher.symbols("KD") == [])
        #expect(NameIndex.isIndexed(key: "KD", name: "KD", kind: .alias) == false)
        #expect(NameIndex.isIndexed(key: "AR", name: "AR", kind: .symbol) == true)
    }

    @Test("a two-character name needs a confident reading; a longer one or text without confidences does not")
    func shortNamesNeedConfidence() throws {
        let matcher = try Fixture.matcher()
        let floor = GeneMatcher.shortNameMinimumConfidence
        #expect(matcher.mentions(in: [token("AR", x: 10, word: 1, confidence: floor)]).map(\.symbol) == ["AR"])
        #expect(matcher.mentions(in: [token("AR", x: 10, word: 1, confidence: floor - 1)]).isEmpty)
        #expect(matcher.mentions(in: [token("TP53", x: 10, word: 1, confidence: 20)]).map(\.symbol) == ["TP53"])
        #expect(matcher.symbols("AR") == ["AR"])
    }

    @Test("an alias or a three-character name needs a fair reading; a longer official symbol does not")
    func weakNamesNeedConfidence() throws {
        let matcher = try Fixture.matcher()
        let floor = GeneMatcher.weakNameMinimumConfidence
        func symbols(_ text: String, at confidence: Double) -> [String] {
            matcher.mentions(in: [token(text, x: 10, word: 1, confidence: confidence)]).map(\.symbol)
        }
        // ERK2: an alias of MAPK1; EGF: an official symbol of three characters.
        #expect(symbols("ERK2", at: floor) == ["MAPK1"])
        #expect(symbols("ERK2", at: floor - 1).isEmpty)
        #expect(symbols("EGF", at: floor) == ["EGF"])
        #expect(symbols("EGF", at: floor - 1).isEmpty)
        #expect(symbols("MAPK1", at: 5) == ["MAPK1"])
        // A correction reports half the reading's confidence: a long official symbol has no
        // floor, a three-character one is held to its floor at that half.
        #expect(symbols("MAPKl", at: 5) == ["MAPK1"])
        #expect(symbols("IL6", at: floor) == ["IL6"])
        #expect(symbols("lL6", at: 2 * floor) == ["IL6"])
        #expect(symbols("lL6", at: 2 * floor - 1).isEmpty)
        // Text without confidences (a caption) is taken as written.
        #expect(matcher.symbols("ERK2 and EGF") == ["MAPK1", "EGF"])
    }

    @Test("a three-character alias needs the reading a two-character name needs")
    func shortAliasesNeedConfidence() throws {
        let matcher = try Fixture.matcher()
        let floor = GeneMatcher.shortNameMinimumConfidence
        #expect(floor > GeneMatcher.weakNameMinimumConfidence)
        func symbols(_ text: String, at confidence: Double) -> [String] {
            matcher.mentions(in: [token(text, x: 10, word: 1, confidence: confidence)]).map(\.symbol)
        }
        // CBP: an alias of CREBBP, held to the two-character floor; EGF, an official symbol of
        // three characters, and ERK2, an alias of four, keep the weak-name floor below it.
        #expect(symbols("CBP", at: floor) == ["CREBBP"])
        #expect(symbols("CBP", at: floor - 1).isEmpty)
        #expect(symbols("EGF", at: floor - 1) == ["EGF"])
        #expect(symbols("ERK2", at: floor - 1) == ["MAPK1"])
        #expect(matcher.symbols("CBP") == ["CREBBP"])
    }

    @Test("the confidence floor grows as a name gets shorter or less official")
    func minimumConfidenceByName() {
        func floor(_ key: String, _ kind: NameKind, corrected: Bool = false) -> Double {
            GeneMatcher.minimumConfidence(for: Selection(key: key, kind: kind, targets: [0], organism: 0, transforms: [], corrected: corrected))
        }
        #expect(floor("AR", .symbol) == GeneMatcher.shortNameMinimumConfidence)
        #expect(floor("EGF", .symbol) == GeneMatcher.weakNameMinimumConfidence)
        #expect(floor("AKT", .famplex) == GeneMatcher.weakNameMinimumConfidence)
        #expect(floor("ERK2", .alias) == GeneMatcher.weakNameMinimumConfidence)
        #expect(floor("CBP", .alias) == GeneMatcher.shortNameMinimumConfidence)
        #expect(floor("CBP", .groundedAlias) == GeneMatcher.shortNameMinimumConfidence)
        #expect(floor("CBP", .alias, corrected: true) == GeneMatcher.weakNameMinimumConfidence)
        #expect(floor("ERK2", .groundedAlias) == GeneMatcher.weakNameMinimumConfidence)
        #expect(floor("ATP5A1", .alias, corrected: true) == 0)
        #expect(floor("MAPK1", .symbol) == 0)
        #expect(floor("ATP5A1", .previous) == 0)
    }

    @Test("LOC names match only as official symbols, exactly, never by correction")
    func locNames() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.symbols("LOC84214") == ["LOC84214"])
        #expect(NameIndex.isLOCName("LOC84214") && !NameIndex.isLOCName("LOCK1"))
        #expect(NameIndex.isIndexed(key: "LOC123", name: "LOC123", kind: .alias) == false)
        #expect(matcher.symbols("LOC8421l") == [])
    }

    @Test("numbers match only families and symbols: 14-3-3 yes, 2014 no")
    func numeric() throws {
        let matcher = try Fixture.matcher()
        let all1433 = matcher.mentions(inText: "14-3-3").allSatisfy { $0.family == "p14_3_3" }
        #expect(all1433)
        #expect(matcher.mentions(inText: "14-3-3").count == 7)
        #expect(matcher.symbols("2014") == [])
    }

    @Test("adjacent tokens on one line are joined: 14-3-3 zeta, NF kB")
    func joinTokens() throws {
        let matcher = try Fixture.matcher()
        let zeta = matcher.mentions(in: [token("14-3-3", x: 10, word: 1), token("zeta", x: 70, word: 2, confidence: 70)])
        #expect(zeta.map(\.symbol) == ["YWHAZ"])
        #expect(zeta.first?.word == "14-3-3 zeta")
        #expect(zeta.first?.transforms.first == "join-tokens")
        #expect(zeta.first?.confidence == 70)
        #expect(zeta.first?.box == Box(x: 10, y: 40, width: 96, height: 14))
        let nfkb = matcher.mentions(in: [token("NF", x: 10, word: 1), token("kB", x: 32, word: 2)])
        #expect(nfkb.map(\.symbol) == ["NFKB1", "NFKB2", "REL", "RELA", "RELB"])
        #expect(matcher.symbols("NF kB") == ["NFKB1", "NFKB2", "REL", "RELA", "RELB"])
    }

    @Test("a mark read beside a name is not joined to it, so the name keeps its own confidence")
    func markNotJoined() throws {
        let matcher = try Fixture.matcher()
        for mark in [")", "-", "|)"] {
            let mentions = matcher.mentions(in: [token("14-3-3", x: 10, word: 1, confidence: 90), token(mark, x: 70, word: 2, confidence: 0)])
            #expect(!mentions.isEmpty)
            #expect(mentions.allSatisfy { $0.family == "p14_3_3" && $0.word == "14-3-3" && $0.confidence == 90 })
            #expect(mentions.allSatisfy { !$0.transforms.contains("join-tokens") })
        }
        // A third word that adds nothing leaves the pair as it was.
        let zeta = matcher.mentions(in: [token("14-3-3", x: 10, word: 1), token("zeta", x: 70, word: 2, confidence: 70),
                                         token(")", x: 110, word: 3, confidence: 0)])
        #expect(zeta.map(\.word) == ["14-3-3 zeta"])
        #expect(zeta.first?.confidence == 70)
    }

    @Test("tokens far apart or on other lines are not joined")
    func noJoin() throws {
        let matcher = try Fixture.matcher()
        let far = matcher.mentions(in: [token("14-3-3", x: 10, word: 1), token("zeta", x: 400, word: 2)])
        let farNotJoined = far.allSatisfy { $0.family == "p14_3_3" }
        #expect(farNotJoined)
        let otherLine = matcher.mentions(in: [token("14-3-3", x: 10, word: 1), token("zeta", x: 70, word: 1, line: 2)])
        let otherLineNotJoined = otherLine.allSatisfy { $0.family == "p14_3_3" }
        #expect(otherLineNotJoined)
        var rules = MatchRules.standard
        rules.joinsAdjacentTokens = false
        #expect(try Fixture.matcher(rules: rules).symbols("NF kB").isEmpty)
    }

    @Test("tokens keep their evidence: box, confidence, pass")
    func evidence() throws {
        let mention = try #require(try Fixture.matcher().mentions(in: [token("STAT3", x: 5, word: 1, confidence: 88)]).first)
        #expect(mention.box == Box(x: 5, y: 40, width: 45, height: 14))
        #expect(mention.confidence == 88)
        #expect(mention.pass == "plain")
        #expect(mention.word == "STAT3")
    }

    @Test("output is deterministic: word order, then symbol")
    func order() throws {
        let matcher = try Fixture.matcher()
        let text = "TP53 activates AKT\nand MYC, JUN/FOS"
        let first = matcher.mentions(inText: text)
        #expect(first == matcher.mentions(inText: text))
        #expect(first.map(\.symbol) == ["TP53", "AKT1", "AKT2", "AKT3", "MYC", "FOS", "JUN"])
    }

    @Test("text that is not UTF-8 is handled through TextDecoding")
    func nonUTF8Text() throws {
        let text = TextDecoding.decode([0x49, 0x46, 0x4E, 0x2D, 0xDF, 0x31, 0x20, 0xFF, 0x0A])
        #expect(try Fixture.matcher().symbols(text) == ["IFNB1"])
    }

    @Test("empty and junk input give no mentions and no crash")
    func junk() throws {
        let matcher = try Fixture.matcher()
        #expect(matcher.mentions(inText: "").isEmpty)
        #expect(matcher.mentions(inText: "\u{0}\u{FFFD}--//,,  \n\n").isEmpty)
        #expect(matcher.mentions(in: []).isEmpty)
    }
}
