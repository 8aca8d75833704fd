import Foundation
import ScratchFolders
import Testing

@testable import Genes

/// Paths of the committed fixtures and a shared, lazily loaded fixture lexicon.
enum Fixture {
    /// `Fixtures/lexicon/` of this checkout.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lexicon")

    /// A fixture file's path.
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The compiled human subset, loaded once for all tests.
    static let loaded: Result<Lexicon, any Error> = Result { try Lexicon.load(paths: [path("human-subset.tsv")]) }

    /// The compiled human subset.
    static func lexicon() throws -> Lexicon { try loaded.get() }

    /// A matcher over the fixture lexicon with the standard rules.
    static func matcher(rules: MatchRules = .standard) throws -> GeneMatcher {
        GeneMatcher(lexicon: try lexicon(), rules: rules)
    }

    /// A file with the given bytes in a fresh temporary directory.
    static func temporaryFile(named name: String, bytes: [UInt8]) throws -> String {
        let file = URL(fileURLWithPath: try temporaryDirectory()).appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// A fresh, empty temporary directory.
    static func temporaryDirectory() throws -> String { try ScratchFolder.make("genes") }
}

extension GeneMatcher {
    /// Symbols found in plain text, in output order.
    func symbols(_ text: String) -> [String] { mentions(inText: text).map(\.symbol) }
}

extension Lexicon {
    /// Every gene, in index order.
    var allGenes: [LexiconGene] { (0..<geneCount).map(gene(at:)) }

    /// Every family, in index order.
    var allFamilies: [LexiconFamily] { (0..<familyCount).map(family(at:)) }
}
