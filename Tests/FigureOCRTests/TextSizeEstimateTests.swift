import Evidence
import FigureOCR
import Tesseract
import Testing

@Suite("Text size estimate")
struct TextSizeEstimateTests {
    @Test("capitals dominate the upper half of glyph heights; lines and specks are ignored")
    func synthetic() {
        let capitals = (0..<10).map { Box(x: $0 * 20, y: 0, width: 9, height: 12) }
        let lowercase = (0..<10).map { Box(x: $0 * 20, y: 40, width: 8, height: 9) }
        let noise = [Box(x: 0, y: 90, width: 600, height: 2), Box(x: 0, y: 0, width: 2, height: 2), Box(x: 5, y: 5, width: 300, height: 300)]
        #expect(TextSizeEstimate.capHeight(of: capitals + lowercase + noise, imageHeight: 1000) == 12)
        #expect(TextSizeEstimate.capHeight(of: noise, imageHeight: 1000) == nil)
    }

    @Test("scale factor reaches the target, is clamped, and snaps to 1 near it")
    func factor() {
        #expect(TextSizeEstimate.scaleFactor(capHeight: 10, target: 30, range: 0.5...4) == 3)
        #expect(TextSizeEstimate.scaleFactor(capHeight: 5, target: 30, range: 0.5...4) == 4)
        #expect(TextSizeEstimate.scaleFactor(capHeight: 28, target: 30, range: 0.5...4) == 1)
        #expect(TextSizeEstimate.scaleFactor(capHeight: nil, target: 30, range: 0.5...4) == 1)
    }

    @Test("the estimate on drawn figures matches their fonts' cap heights", arguments: [
        ("boxed-labels.png", 13.1), ("white-on-dark.png", 14.6), ("small-type.jpg", 8.0), ("clean-line.png", 29.2),
    ])
    func fixtures(name: String, capHeight: Double) throws {
        let image = try Image(contentsOf: FigureFixtures.path(name))
        let prepared = try FigurePreparer(steps: .full).prepare(image)
        let estimate = try #require(prepared.capHeight)
        #expect(abs(estimate - capHeight) <= 0.15 * capHeight)
        // The prepared image is scaled to the recipe's capitals and maps back onto the source.
        let target = try #require(Preparation.full.targetCapHeight)
        #expect(abs(estimate * prepared.scale - target) <= 0.15 * target)
        let whole = prepared.image.toSource.apply(Box(x: 0, y: 0, width: prepared.image.width, height: prepared.image.height))
        #expect(abs(whole.width - image.width) <= 1 && abs(whole.height - image.height) <= 1)
    }
}
