import Foundation
import Genes
import Testing
@testable import Worker

/// The gene finder as the `reread` pass's name lexicon (`NameLexicon`).
@Suite("Gene finder as name lexicon")
struct GeneFinderNamesTests {
    /// A finder over the committed human subset lexicon.
    static func finder() throws -> GeneFinder {
        let lexicon = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/lexicon/human-subset.tsv").path
        return GeneFinder(lexicon: try Lexicon.load(paths: [lexicon]))
    }

    @Test("a name as written is known; a misreading is known only once corrected")
    func knowsAsWrittenOrCorrected() throws {
        let names = try Self.finder()
        // A symbol, a family, and a symbol with a mark after it are names as written.
        #expect(names.knows("AKT1") && names.knows("PKB") && names.knows("STAT3,"))
        #expect(names.knowsCorrected("AKT1"))
        // `MAPKl` names MAPK1 only through a correction (l -> 1).
        #expect(!names.knows("MAPKl"))
        #expect(names.knowsCorrected("MAPKl"))
        // A symbol or a family (PKB: FamPlex's AKT) is known as such; an alias (APRF, of
        // STAT3) or a correction is not.
        #expect(names.knowsAsSymbol("AKT1") && names.knowsAsSymbol("STAT3,") && names.knowsAsSymbol("PKB"))
        #expect(names.knows("APRF") && !names.knowsAsSymbol("APRF") && !names.knowsAsSymbol("MAPKl"))
        // Words that name nothing either way.
        #expect(!names.knows("binds") && !names.knowsCorrected("binds"))
        #expect(!names.knowsCorrected("QQQQ7") && !names.knowsAsSymbol("binds"))
    }
}
