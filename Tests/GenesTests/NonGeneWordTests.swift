import Testing

@testable import Genes

/// Words that look like gene names but name a molecule, a cell or a group: the stop list's
/// abbreviations, plurals and a receptor `R` on an alias. The genes are NCBI's own rows
/// (symbol and aliases as in the lexicon of 2022-Sep12), so each word below really reaches a
/// gene unless the rule under test stops it.
@Suite("Words that name no gene")
struct NonGeneWordTests {
    /// NCBI rows: (gene id, symbol, aliases).
    static let genes: [(String, String, [String])] = [
        ("3664", "IRF6", ["LPS", "OFC6", "PIT", "PPS", "PPS1", "VWS", "VWS1"]),
        ("5355", "PLP2", ["A4", "A4LSB"]),
        ("339229", "OXLD1", ["C17orf90"]),
        ("7439", "BEST1", ["ARB", "BEST", "BMD", "RP50", "TU15B", "VMD2"]),
        ("100187907", "TRAP", []),
        ("7099", "TLR4", ["ARMD10", "CD284", "TLR-4", "TOLL"]),
        ("11331", "PHB2", ["BAP", "BCAP37", "REA", "p22"]),
        ("7852", "CXCR4", ["CD184", "LAP3", "LESTR", "NPY3R"]),
        ("5818", "NECTIN1", ["CD111", "PRR", "PRR1", "PVRL1"]),
        ("8856", "NR1I2", ["BXR", "PAR", "PRR", "PXR", "SXR"]),
        ("10159", "ATP6AP2", ["ATP6IP2", "PRR", "RENR"]),
        ("55615", "PRR5", ["PP610", "PROTOR-1", "PROTOR1"]),
        ("4087", "SMAD2", ["MADH2", "MADR2"]),
        ("4088", "SMAD3", ["MADH3", "MADR3"]),
        ("8114", "IV", ["SIV"]),
        ("1351", "COX8A", ["COX", "COX8", "COX8-2", "COX8L", "MC4DN15", "VIII", "VIII-L"]),
    ]

    static let lexicon: Lexicon = {
        var builder = LexiconBuilder()
        for (id, symbol, aliases) in genes {
            builder.addGene(taxID: 9606, organismName: "Homo sapiens", geneID: id, symbol: symbol,
                            type: "protein-coding", aliases: aliases, previous: [])
        }
        let smads = ["4087", "4088"].compactMap { builder.geneIndex(taxID: 9606, geneID: $0) }
        builder.addFamily(id: "SMAD", members: smads, names: ["SMAD", "Smad"])
        return builder.build()
    }()

    func matcher(stopping always: [String]? = nil) -> GeneMatcher {
        var rules = MatchRules.standard
        if let always { rules.stopList = StopList(always: always, unlessUpperCase: []) }
        return GeneMatcher(lexicon: Self.lexicon, rules: rules)
    }

    @Test("abbreviations of molecules and cells that are also aliases are stopped", arguments: [
        "CTP", "CMP", "TMP", "XMP", "LPS", "PUFA", "TAG", "BCAA", "HSC", "NPC", "Th1", "ACh", "oxLDL", "PIP2",
    ])
    func abbreviationStopped(word: String) {
        let key = MatchKey.make(word)?.text ?? ""
        #expect(MatchRules.standard.stopList.stops(key: key, folded: word))
    }

    @Test("a stopped word names nothing as written, nor corrected into a symbol")
    func stoppedWordEndsTheChain() {
        // Without a stop list, each reaches a gene: as an alias, or corrected (I->l, case, L->1).
        let open = matcher(stopping: [])
        #expect(open.symbols("LPS") == ["IRF6"])
        #expect(open.symbols("PIP2") == ["PLP2"])
        #expect(open.symbols("oxLDL") == ["OXLD1"])
        let standard = matcher()
        #expect(standard.symbols("LPS") == [])
        #expect(standard.symbols("PIP2") == [])
        #expect(standard.symbols("oxLDL") == [])
        // A stop list of that word alone: the correction to PLP2 is not tried either.
        #expect(matcher(stopping: ["PIP2"]).symbols("PIP2") == [])
    }

    @Test("a Roman numeral that is a gene's name numbers a complex or a factor instead")
    func romanNumerals() {
        let open = matcher(stopping: [])
        #expect(open.symbols("IV") == ["IV"])
        #expect(open.symbols("VIII") == ["COX8A"])
        let standard = matcher()
        #expect(standard.symbols("complex IV") == [])
        #expect(standard.symbols("factor VIII") == [])
        #expect(standard.symbols("COX8A") == ["COX8A"])
    }

    @Test("a plural names a family or a symbol written like one, never an alias or a word's symbol")
    func plurals() {
        let matcher = matcher()
        #expect(matcher.symbols("Smads") == ["SMAD2", "SMAD3"])
        #expect(matcher.symbols("TLR4s") == ["TLR4"])
        #expect(matcher.symbols("TRAPs") == ["TRAP"])
        #expect(matcher.symbols("Traps") == [])
        #expect(matcher.symbols("ARB") == ["BEST1"])
        #expect(matcher.symbols("ARBs") == [])
    }

    @Test("the plural of a known name is not corrected into another gene")
    func pluralIsNotCorrected() {
        // PRR is an alias of three genes (ambiguous, so none); in capitals the plural's `s`
        // would be a misread 5.
        let matcher = matcher()
        #expect(matcher.symbols("PRRS") == ["PRR5"])
        #expect(matcher.symbols("PRR") == [])
        #expect(matcher.symbols("PRRs") == [])
    }

    @Test("a receptor R is stripped only onto a symbol or family, not an alias")
    func receptorR() {
        let matcher = matcher()
        #expect(matcher.symbols("CXCR4R") == ["CXCR4"])
        #expect(matcher.symbols("REA") == ["PHB2"])
        #expect(matcher.symbols("REAR") == [])
    }
}
