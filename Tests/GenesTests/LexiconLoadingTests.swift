import Foundation
import Testing

@testable import Genes

@Suite("Lexicon loading")
struct LexiconLoadingTests {
    @Test("the compiled fixture loads genes, families and provenance")
    func compiledFixture() throws {
        let lexicon = try Fixture.lexicon()
        #expect(lexicon.geneCount > 150)
        #expect(lexicon.organisms == [Organism(taxID: 9606, name: "Homo sapiens")])
        let ampk = try #require(lexicon.allFamilies.first { $0.id == "AMPK" })
        #expect(Set(ampk.members.map { lexicon.gene(at: $0).symbol })
            == ["PRKAA1", "PRKAA2", "PRKAB1", "PRKAB2", "PRKAG1", "PRKAG2", "PRKAG3"])
        let names = lexicon.sources.map(\.name)
        #expect(names == ["ncbi-gene", "famplex"])
        let sourcesAreComplete = lexicon.sources.allSatisfy { $0.checksum.hasPrefix("sha256:") && !$0.date.isEmpty }
        #expect(sourcesAreComplete)
        #expect(lexicon.sources[0].date == "2022-Sep12")
        #expect(lexicon.taxID(ofOrganism: "Homo sapiens") == 9606)
    }

    @Test("lookup folds the word: GSK-3β names GSK3B")
    func lookupFolds() throws {
        let lexicon = try Fixture.lexicon()
        let hits = lexicon.lookup("GSK-3β")
        #expect(!hits.isEmpty)
        for hit in hits {
            guard case .gene(let index) = hit.target else {
                Issue.record("not a gene hit: \(hit)")
                continue
            }
            #expect(lexicon.gene(at: index).symbol == "GSK3B")
        }
        #expect(hits.first?.kind == .symbol)
    }

    @Test("NCBI gene_info loads plain and gzip alike, with tax id and organism per gene")
    func geneInfoPlainAndGzip() throws {
        let plain = try Lexicon.load(paths: [Fixture.path("Homo_sapiens.subset.gene_info")])
        let gzip = try Lexicon.load(paths: [Fixture.path("Homo_sapiens.subset.gene_info.gz")])
        #expect(plain.allGenes == gzip.allGenes)
        #expect(plain.geneCount == (try Fixture.lexicon()).geneCount)
        #expect(plain.organisms == [Organism(taxID: 9606, name: "Homo sapiens")])
        let mapk1Index = try #require(plain.allGenes.firstIndex { $0.symbol == "MAPK1" })
        let mapk1 = plain.gene(at: mapk1Index)
        #expect(mapk1.geneID == "5594")
        #expect(plain.lookup("ERK2").contains(LexiconHit(target: .gene(mapk1Index), kind: .alias)))
        #expect(mapk1.type == "protein-coding")
        #expect(plain.sources.first?.name == "ncbi-gene-info")
    }

    @Test("another organism's gene_info is named from the tax id, else the file name")
    func otherOrganism() throws {
        let text = "#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\n10090\t17869\tMyc\t-\tMyc2|Niard\n99999\t1\tAbc1\t-\t-\n"
        let path = try Fixture.temporaryFile(named: "Mus_musculus.gene_info", bytes: Array(text.utf8))
        let lexicon = try Lexicon.load(paths: [path])
        #expect(lexicon.organisms.map(\.name) == ["Mus musculus", "Mus musculus"])
        #expect(lexicon.organisms.map(\.taxID) == [10090, 99999])
        let matcher = GeneMatcher(lexicon: lexicon)
        let mention = try #require(matcher.mentions(inText: "Niard").first)
        #expect(mention.symbol == "Myc")
        #expect(mention.organism == "Mus musculus")
        #expect(mention.source == .alias)
    }

    @Test("a malformed gene_info line names the file and the line")
    func malformedGeneInfo() throws {
        let text = "#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\n9606\t1\tA1BG\t-\tA1B\nnot-a-number\t2\tA2M\t-\t-\n"
        let path = try Fixture.temporaryFile(named: "broken.gene_info", bytes: Array(text.utf8))
        let error = try #require(throws: GenesError.self) { try Lexicon.load(paths: [path]) }
        #expect(error.code == .malformedLine)
        #expect(error.path == path)
        #expect(error.lineNumber == 3)
        #expect(error.description.contains("broken.gene_info:3:"))
    }

    @Test("a malformed compiled line names the file and the line")
    func malformedCompiled() throws {
        let text = "#format\tocr-worker-lexicon/1\n#organism\t9606\tHomo sapiens\nG\t9606\t1\tA1BG\tprotein-coding\t\t\t\nG\t9606\t2\tA2M\n"
        let path = try Fixture.temporaryFile(named: "broken.tsv", bytes: Array(text.utf8))
        let error = try #require(throws: GenesError.self) { try Lexicon.load(paths: [path]) }
        #expect(error.code == .malformedLine)
        #expect(error.lineNumber == 4)
        #expect(error.message.contains("8 tab-separated fields"))
    }

    @Test("a family member without a gene line is malformed")
    func unknownMember() throws {
        let text = "#format\tocr-worker-lexicon/1\n#organism\t9606\tHomo sapiens\nF\tX\t42\tX\n"
        let path = try Fixture.temporaryFile(named: "family.tsv", bytes: Array(text.utf8))
        let error = try #require(throws: GenesError.self) { try Lexicon.load(paths: [path]) }
        #expect(error.code == .malformedLine)
        #expect(error.lineNumber == 3)
    }

    @Test("a missing lexicon says how to build it")
    func missing() throws {
        let error = try #require(throws: GenesError.self) {
            try Lexicon.load(paths: ["/nonexistent/lexicon/human.tsv"])
        }
        #expect(error.code == .lexiconMissing)
        #expect(error.message.contains("scripts/build-lexicon"))
        let located = try #require(throws: GenesError.self) {
            try LexiconLocator.defaultHumanLexiconPath(environment: [LexiconLocator.environmentVariable: "/nonexistent/x.tsv"])
        }
        #expect(located.code == .lexiconMissing)
        #expect(located.message.contains("scripts/build-lexicon"))
    }

    @Test("the locator honours the environment variable")
    func locatorEnvironment() throws {
        let path = Fixture.path("human-subset.tsv")
        #expect(try LexiconLocator.defaultHumanLexiconPath(environment: [LexiconLocator.environmentVariable: path]) == path)
        #expect(LexiconLocator.candidatePaths(environment: [:]).last?.hasSuffix("Sources/Genes/Resources/lexicon/human.tsv") == true)
    }

    @Test("an unknown format is refused with a stable code")
    func unknownFormat() throws {
        let path = try Fixture.temporaryFile(named: "other.txt", bytes: Array("hello\tworld\n".utf8))
        let error = try #require(throws: GenesError.self) { try Lexicon.load(paths: [path]) }
        #expect(error.code == .unsupportedFormat)
        #expect(error.code.description == "unsupported-format")
    }

    @Test("corrupt and truncated gzip data are errors, not crashes")
    func corruptGzip() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixture.path("Homo_sapiens.subset.gene_info.gz")))
        let truncated = try Fixture.temporaryFile(named: "t.gene_info.gz", bytes: Array(data.prefix(data.count / 2)))
        #expect(throws: GenesError.self) { try Lexicon.load(paths: [truncated]) }
        var garbage = Array(data)
        for index in 20..<120 { garbage[index] ^= 0x5A }
        let corrupt = try Fixture.temporaryFile(named: "c.gene_info.gz", bytes: garbage)
        let error = try #require(throws: GenesError.self) { try Lexicon.load(paths: [corrupt]) }
        #expect(error.code == .corruptCompressedData)
    }

    @Test("non-UTF-8 bytes in a source are repaired, never a crash")
    func nonUTF8Source() throws {
        var bytes = Array("#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\n9606\t7157\tTP53\t-\tp53|".utf8)
        bytes += [0xFF, 0xFE, 0x41] + Array("\n".utf8)
        let path = try Fixture.temporaryFile(named: "latin.gene_info", bytes: bytes)
        let lexicon = try Lexicon.load(paths: [path])
        #expect(lexicon.geneCount == 1)
        #expect(GeneMatcher(lexicon: lexicon).symbols("p53") == ["TP53"])
    }

    @Test("the same gene from two sources is merged, names united")
    func merge() throws {
        let text = "#tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\n9606\t5594\tMAPK1\t-\tMYNEWNAME\n"
        let path = try Fixture.temporaryFile(named: "extra.gene_info", bytes: Array(text.utf8))
        let base = try Fixture.lexicon()
        let lexicon = try Lexicon.load(paths: [Fixture.path("human-subset.tsv"), path])
        #expect(lexicon.geneCount == base.geneCount)
        #expect(GeneMatcher(lexicon: lexicon).symbols("MYNEWNAME") == ["MAPK1"])
        #expect(lexicon.sources.count == base.sources.count + 1)
    }
}
