import Evidence
@testable import FigureOCR
import Tesseract
import Testing

@Suite("Word crops")
struct WordCropTests {
    /// The drawn line of `clean-line.png` with a margin as the `reread` pass cuts words: dark
    /// text on white, a cap height (38 px) to each side, half of it above and below.
    static func wordCrop() throws -> Image {
        let grey = try Image(contentsOf: FigureFixtures.path("clean-line.png")).grayscale()
        return try grey.cropped(to: Box(x: 60 - 38, y: 60 - 19, width: 852 + 76, height: 38 + 38))
    }

    /// Pixels darker than `level`.
    static func darker(than level: Int, in image: Image) throws -> Int {
        try image.binarized(threshold: level).setPixelCount()
    }

    @Test("dark text on white stays as it is")
    func plain() throws {
        let crop = try Self.wordCrop()
        #expect(try WordCrop.cleaned(crop).encoded(as: .png) == crop.encoded(as: .png))
    }

    @Test("light text on a dark fill is turned over")
    func darkFill() throws {
        let crop = try Self.wordCrop()
        let cleaned = try WordCrop.cleaned(crop.inverted())
        #expect(try cleaned.medianLevel() == 255)
        #expect(try Self.darker(than: 128, in: cleaned) == Self.darker(than: 128, in: crop))
    }

    @Test("a grey fill is stretched to white and the text stays dark")
    func greyFill() throws {
        let crop = try Self.wordCrop()
        let ink = try crop.binarized(threshold: 128)
        let whole = Box(x: 0, y: 0, width: crop.width, height: crop.height)
        let filled = try crop.painted(190, in: [whole]).replacing(under: ink, with: crop)
        #expect(try Self.darker(than: 250, in: filled) == crop.width * crop.height)
        let cleaned = try WordCrop.cleaned(filled)
        // Only the text is left darker than white; its levels are stretched by 255/190, so
        // what was below 48 stays below 64.
        #expect(try Self.darker(than: 255, in: cleaned) <= Self.darker(than: 255, in: crop))
        #expect(try Self.darker(than: 64, in: cleaned) >= Self.darker(than: 48, in: crop))
        #expect(try Self.darker(than: 48, in: crop) > ink.setPixelCount() / 2)
    }

    @Test("box edges and rules across the crop are painted white, glyphs are not")
    func edges() throws {
        let crop = try Self.wordCrop()
        let ink = try crop.binarized(threshold: 128)
        // A box's left and right edges at the margins, and a rule along the bottom.
        let edges = [Box(x: 4, y: 0, width: 2, height: crop.height), Box(x: crop.width - 6, y: 0, width: 2, height: crop.height),
                     Box(x: 0, y: crop.height - 4, width: crop.width, height: 2)]
        let boxed = try crop.painted(0, in: edges)
        #expect(try Self.darker(than: 128, in: boxed) > ink.setPixelCount())
        let cleaned = try WordCrop.cleaned(boxed)
        #expect(try Self.darker(than: 128, in: cleaned) == ink.setPixelCount())
    }

    @Test("an edge is a run of ink along 85% of a side")
    func runLength() {
        #expect(WordCrop.runLength(76) == 65)
        #expect(WordCrop.runLength(1) == 1)
    }
}
