import Evidence
import Foundation
@testable import Tesseract
import Testing

/// The words of a recognition are read out by CWordWalk's one pass; it must give exactly the
/// tokens (text, box, confidence, block, paragraph, line and word numbers) that Tesseract's
/// result iterator gives.
@Suite("Reading the words out")
struct WordWalkTests {
    static let figures = ["boxed-labels.png", "clean-line.png", "membranes-12-00775-g005.jpg", "small-type.jpg", "vertical-label.png", "white-on-dark.png"]

    /// The tokens of `figure` read in `mode` with each walk, and whether the linear walk was used.
    private static func bothWalks(_ figure: String, mode: SegmentationMode) throws -> (linear: [Token], iterator: [Token], usedLinear: Bool) {
        let engine = try Engine()
        let image = try Image(contentsOf: Fixtures.figure(figure)).grayscale()
        let linear = try engine.recognize(image, mode: mode, pass: "p")
        let usedLinear = engine.lastWalkWasLinear
        engine.wordWalk = .resultIterator
        let iterator = try engine.recognize(image, mode: mode, pass: "p")
        return (linear, iterator, usedLinear)
    }

    @Test("gives the result iterator's tokens on every fixture, in sparse, automatic, block and line modes", arguments: figures)
    func sameTokens(figure: String) throws {
        for mode in [SegmentationMode.sparseText, .automatic, .singleBlock, .singleLine] {
            let (linear, iterator, usedLinear) = try Self.bothWalks(figure, mode: mode)
            #expect(usedLinear, "\(figure), mode \(mode)")
            #expect(!linear.isEmpty, "\(figure), mode \(mode)")
            #expect(linear == iterator, "\(figure), mode \(mode)")
        }
    }

    @Test("a blank page has no words either way")
    func blankPage() throws {
        let engine = try Engine()
        let blank = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale().painted(255, in: [Box(x: 0, y: 0, width: 100_000, height: 100_000)])
        #expect(try engine.recognize(blank, mode: .sparseText, pass: "p").isEmpty)
        engine.wordWalk = .resultIterator
        #expect(try engine.recognize(blank, mode: .sparseText, pass: "p").isEmpty)
    }
}
