import Genes
import Records
import Testing
@testable import Worker

/// The lexicon version batches compare to decide whether a figure must be redone.
@Suite("Gene finder version")
struct GeneFinderVersionTests {
    static let sources = [LexiconSource(name: "ncbi-gene", version: "v", date: "2022-09-12", checksum: "sha256:00")]

    @Test("an edit to a rules data file changes the version, with no revision raised")
    func rulesData() throws {
        var edited = MatchRules.standardData
        let stopList = try #require(edited.firstIndex { $0.name == "stopwords.txt" })
        edited[stopList].bytes += Array("XYZ\n".utf8)
        let matcher = MatcherProvenance(revision: GeneMatcher.revision, rules: GeneFinder.checksum(of: edited))
        #expect(GeneFinder.version(of: Self.sources, matcher: matcher) != GeneFinder.version(of: Self.sources))
    }

    @Test("the matcher's revision and the lexicon's sources each change the version")
    func revisionAndSources() {
        let standard = GeneFinder.matcherProvenance
        let raised = MatcherProvenance(revision: standard.revision + 1, rules: standard.rules)
        #expect(GeneFinder.version(of: Self.sources, matcher: raised) != GeneFinder.version(of: Self.sources))
        var other = Self.sources
        other[0].checksum = "sha256:01"
        #expect(GeneFinder.version(of: other) != GeneFinder.version(of: Self.sources))
        #expect(GeneFinder.version(of: Self.sources) == GeneFinder.version(of: Self.sources))
    }

    @Test("files' boundaries count: the same bytes split otherwise give another checksum")
    func boundaries() {
        let one = GeneFinder.checksum(of: [("a", Array("ab".utf8)), ("b", Array("c".utf8))])
        let two = GeneFinder.checksum(of: [("a", Array("a".utf8)), ("b", Array("bc".utf8))])
        #expect(one != two)
        #expect(one.wholeMatch(of: /sha256:[0-9a-f]{64}/) != nil)
    }
}
