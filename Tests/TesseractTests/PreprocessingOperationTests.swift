import Evidence
import Tesseract
import Testing

@Suite("Preprocessing operations")
struct PreprocessingOperationTests {
    @Test("grey conversion gives an 8-bit image with the same size and source mapping; grey stays as it is")
    func greyConversion() throws {
        let image = try Image(contentsOf: Fixtures.figure("white-on-dark.png"))
        let grey = try image.grayscale()
        #expect(image.depth == 32 && grey.depth == 8 && grey.width == image.width && grey.toSource == image.toSource)
        #expect(try grey.grayscale().encoded(as: .png) == grey.encoded(as: .png))
    }

    @Test("morphology finds a long line and drops the text beside it")
    func lines() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        // Draw a black rule 400 px long and 2 px tall under the text.
        let rule = Box(x: 100, y: 140, width: 400, height: 2)
        let ruled = try grey.painted(0, in: [rule])
        let ink = try ruled.binarized(threshold: 128)
        let lines = try ink.opened(width: 200, height: 1)
        #expect(try lines.componentBoxes() == [rule])
        let text = try ink.subtracting(lines)
        #expect(try text.setPixelCount() == ink.setPixelCount() - 800)
        #expect(try text.union(lines).setPixelCount() == ink.setPixelCount())
        #expect(try lines.dilated(width: 3, height: 3).setPixelCount() == 402 * 4)
        #expect(try lines.closed(width: 5, height: 5).setPixelCount() == 800)
    }

    @Test("painting under a mask, replacing under a mask, inverting and the median level")
    func masks() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let ink = try grey.binarized(threshold: 128)
        let erased = try grey.painted(255, under: ink)
        #expect(try erased.binarized(threshold: 128).setPixelCount() == 0)
        #expect(try !erased.binarized(threshold: 128).hasSetPixels() && ink.hasSetPixels())
        let inverted = try grey.inverted()
        let swapped = try grey.replacing(under: ink, with: inverted)
        // Ink pixels now come from the negative, so they are light.
        #expect(try swapped.binarized(threshold: 128).setPixelCount() == 0)
        #expect(try grey.medianLevel() == 255)
        #expect(try inverted.medianLevel() == 0)
        #expect(try grey.painted(90, in: [Box(x: 0, y: 0, width: grey.width, height: grey.height)]).medianLevel() == 90)
        #expect(throws: TesseractError.self) { try ink.medianLevel() }
        #expect(throws: TesseractError.self) { try grey.painted(0, under: grey) }
        #expect(throws: TesseractError.self) { try ink.opened(width: 3, height: 3).binarized(threshold: 10) }
    }

    @Test("each filled region is whitened from its own level, text on it stays dark, the rest is kept")
    func whitenedRegions() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let ink = try grey.binarized(threshold: 128)
        // Two fills behind parts of the text line, one mid grey and one light.
        let fills = [Box(x: 40, y: 20, width: 300, height: 120), Box(x: 500, y: 20, width: 300, height: 120)]
        let filled = try grey.painted(170, in: [fills[0]]).painted(220, in: [fills[1]]).replacing(under: ink, with: grey)
        let blank = try grey.painted(255, in: [Box(x: 0, y: 0, width: grey.width, height: grey.height)])
        let mask = try blank.painted(0, in: fills).binarized(threshold: 128)
        let whitened = try filled.whitenedRegions(of: mask, margin: 10, darkest: 100)

        let shaded = { (image: Image, box: Box) in try image.cropped(to: box).binarized(threshold: 250).setPixelCount() }
        for fill in fills {
            let text = try shaded(grey, fill)
            #expect(text > 500)
            #expect(try shaded(filled, fill) == fill.width * fill.height)
            // Only the text is left darker than near-white, and most of its ink is still dark.
            #expect(try shaded(whitened, fill) <= text)
            #expect(try whitened.cropped(to: fill).binarized(threshold: 128).setPixelCount()
                    > grey.cropped(to: fill).binarized(threshold: 128).setPixelCount() * 7 / 10)
        }
        // Outside the fills nothing changed.
        #expect(try whitened.painted(255, in: fills).encoded(as: .png) == grey.painted(255, in: fills).encoded(as: .png))
        #expect(throws: TesseractError.self) { try filled.whitenedRegions(of: mask.cropped(to: fills[0]), margin: 10, darkest: 100) }
    }

    @Test("a mid-tone fill with light text is turned over, so the text comes out dark; a light or mixed one is not")
    func whitenedLightText() throws {
        let line = try FilledLine()
        let (grey, ink, fill, mask, text) = (line.grey, line.ink, line.fill, line.mask, line.text)
        let inkCount = line.inkCount
        #expect(text > 500)
        // White text on an olive-grey fill (110).
        let lightText = try grey.painted(110, in: [fill]).replacing(under: ink, with: grey.inverted())
        let turned = try lightText.whitenedRegions(of: mask, margin: 10, darkest: 100, lightTextContrast: 60)
        #expect(try inkCount(turned) > text * 7 / 10)
        #expect(try inkCount(turned) < text * 13 / 10)
        // Left upright, the fill and its text both go white.
        #expect(try inkCount(lightText.whitenedRegions(of: mask, margin: 10, darkest: 100)) == 0)
        // A light fill (170): white text on it is too faint to be a label; it is not turned.
        let faint = try grey.painted(170, in: [fill]).replacing(under: ink, with: grey.inverted())
        #expect(try inkCount(faint.whitenedRegions(of: mask, margin: 10, darkest: 100, lightTextContrast: 60)) == 0)
        // Dark text on the same mid-tone fill stays dark and upright.
        let darkText = try grey.painted(110, in: [fill]).replacing(under: ink, with: grey)
        #expect(try inkCount(darkText.whitenedRegions(of: mask, margin: 10, darkest: 100, lightTextContrast: 60)) > text * 7 / 10)
        // A region that is not mostly one level (45% fill, 30% the white around it, 25% a dark
        // shape: more light pixels than dark, but no flat fill) is left upright.
        let mixed = try grey.painted(110, in: [Box(x: 40, y: 20, width: 135, height: 120)])
            .painted(40, in: [Box(x: 265, y: 20, width: 75, height: 120)])
        let upright = try mixed.whitenedRegions(of: mask, margin: 10, darkest: 100)
        #expect(try mixed.whitenedRegions(of: mask, margin: 10, darkest: 100, lightTextContrast: 60).encoded(as: .png) == upright.encoded(as: .png))
        // Mostly that fill (70%), the same light pixels make it a fill with light text.
        let flat = try grey.painted(110, in: [Box(x: 40, y: 20, width: 210, height: 120)])
        #expect(try flat.whitenedRegions(of: mask, margin: 10, darkest: 100, lightTextContrast: 60).encoded(as: .png) != flat.whitenedRegions(of: mask, margin: 10, darkest: 100).encoded(as: .png))
    }

    @Test("a light fill grown into one region with a spared dark fill is whitened by its own level, not the dark fill's")
    func whitenedBesideSparedFill() throws {
        let line = try FilledLine()
        let (grey, ink, fill, mask) = (line.grey, line.ink, line.fill, line.mask)
        // A stack of gene boxes: a light fill (220) with small print's grey text (90) on its
        // left third, a dark fill (70) on the rest, one region of the fills' mask.
        let light = Box(x: fill.x, y: fill.y, width: 100, height: fill.height)
        let dark = Box(x: light.x + light.width, y: fill.y, width: fill.width - light.width, height: fill.height)
        let stacked = try grey.painted(220, in: [fill]).painted(90, under: ink).painted(70, in: [dark])
        let spared = try line.mask(of: [dark])
        let text = try ink.cropped(to: light).setPixelCount()
        let lightInk = { (image: Image) in try image.cropped(to: light).binarized(threshold: 128).setPixelCount() }
        #expect(text > 150)
        // Measured whole, the region's level is the dark fill's, and the text went white.
        #expect(try lightInk(stacked.whitenedRegions(of: mask, margin: 10, darkest: 100)) == 0)
        var sparing = stacked
        try Image.whiten(regionsOf: mask, sparing: spared, margin: 10, darkest: 100, lightTextContrast: 60, on: &sparing)
        #expect(try lightInk(sparing) > text * 7 / 10)
        #expect(try lightInk(sparing) < text * 13 / 10)
        #expect(try sparing.cropped(to: dark).encoded(as: .png) == stacked.cropped(to: dark).encoded(as: .png))
        // A region all spared is left as it is.
        var allSpared = stacked
        try Image.whiten(regionsOf: mask, sparing: mask, margin: 10, darkest: 100, on: &allSpared)
        #expect(try allSpared.encoded(as: .png) == stacked.encoded(as: .png))
        // A dark fill (70) whose anti-aliased rim (a column at 110, two at 200) is all the region
        // leaves: the rim is measured with the fill and goes white, as the fill's level makes it
        // (by its own level, 200, its darker column would stay grey).
        let rim = Box(x: fill.x, y: fill.y, width: 3, height: fill.height)
        let inner = Box(x: fill.x + 3, y: fill.y, width: fill.width - 3, height: fill.height)
        let rimmed = try grey.painted(70, in: [inner]).painted(110, in: [Box(x: rim.x, y: rim.y, width: 1, height: rim.height)])
            .painted(200, in: [Box(x: rim.x + 1, y: rim.y, width: 2, height: rim.height)])
        var rimWhitened = rimmed
        try Image.whiten(regionsOf: mask, sparing: line.mask(of: [inner]), margin: 10, darkest: 100, on: &rimWhitened)
        #expect(try rimWhitened.cropped(to: rim).binarized(threshold: 250).setPixelCount() == 0)
        #expect(try rimWhitened.cropped(to: inner).encoded(as: .png) == rimmed.cropped(to: inner).encoded(as: .png))
    }

    @Test("a dark fill is turned over, its light text coming out dark; one with darker text is stretched upright, its text staying dark")
    func turnedOverRegions() throws {
        let line = try FilledLine()
        let (grey, ink, fill, mask, text) = (line.grey, line.ink, line.fill, line.mask, line.text)
        let inkCount = line.inkCount
        #expect(text > 500)
        let turnedOver = { (image: Image) in
            var copy = image
            try Image.turnOver(regionsOf: mask, white: 180, darkTextContrast: 20, margin: 10, on: &copy)
            return copy
        }
        // White text on a dark fill (60): turned over as the whole mask would be.
        let lightText = try grey.painted(60, in: [fill]).replacing(under: ink, with: grey.inverted())
        var wholeMask = lightText
        try Image.turnOver(under: mask, white: 180, on: &wholeMask)
        #expect(try turnedOver(lightText).encoded(as: .png) == wholeMask.encoded(as: .png))
        #expect(try inkCount(turnedOver(lightText)) > text * 7 / 10)
        // Black text (40) on a dark grey fill (80): turned over, it went white with the fill;
        // stretched upright, it stays, and the fill goes white.
        let darkText = try grey.painted(80, in: [fill]).painted(40, under: ink)
        var lost = darkText
        try Image.turnOver(under: mask, white: 180, on: &lost)
        #expect(try inkCount(lost) == 0)
        let upright = try turnedOver(darkText)
        #expect(try inkCount(upright) > text * 7 / 10)
        #expect(try inkCount(upright) < text * 13 / 10)
        let corner = Box(x: fill.x, y: fill.y, width: 4, height: 4)
        #expect(try ink.cropped(to: corner).setPixelCount() == 0)
        #expect(try upright.cropped(to: corner).binarized(threshold: 250).setPixelCount() == 0)
        // A black fill has no room for darker text: its light text is turned over.
        let blackFill = try grey.painted(10, in: [fill]).replacing(under: ink, with: grey.inverted())
        #expect(try inkCount(turnedOver(blackFill)) > text * 7 / 10)
    }

    @Test("a region worked on alone and put back gives the pixels of the whole image worked on")
    func regionsPutBack() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let ink = try grey.binarized(threshold: 128)
        let bounds = try #require(try ink.foregroundBounds())
        let glyphs = try ink.componentBoxes()
        #expect(bounds == glyphs.dropFirst().reduce(glyphs[0]) { $0.union($1) })
        #expect(try ink.subtracting(ink).foregroundBounds() == nil)
        // A closing adds nothing outside the ink's bounds: with a margin wider than its brick,
        // the crop closed and placed back is the whole image closed.
        let frame = try #require(Box(x: bounds.x - 20, y: bounds.y - 20, width: bounds.width + 40, height: bounds.height + 40)
            .intersection(Box(x: 0, y: 0, width: grey.width, height: grey.height)))
        let closed = try ink.cropped(to: frame).closed(width: 9, height: 9).placed(atX: frame.x, y: frame.y, inBlankOfWidth: grey.width, height: grey.height)
        #expect(try closed.encoded(as: .png) == ink.closed(width: 9, height: 9).encoded(as: .png))
        #expect(closed.toSource == grey.toSource)
        // Inverting only under the mask's bounds.
        let turned = try grey.cropped(to: bounds).inverted()
        let replaced = try grey.replacing(under: ink.cropped(to: bounds), with: turned, atX: bounds.x, y: bounds.y)
        #expect(try replaced.encoded(as: .png) == grey.replacing(under: ink, with: grey.inverted()).encoded(as: .png))
        #expect(throws: TesseractError.self) { try grey.replacing(under: ink, with: turned) }
        // Placed partly outside, the rest is cut.
        let corner = try ink.cropped(to: bounds).placed(atX: -bounds.width / 2, y: 0, inBlankOfWidth: bounds.width, height: bounds.height)
        #expect(try corner.setPixelCount() == ink.cropped(to: Box(x: bounds.x + bounds.width / 2, y: bounds.y, width: bounds.width - bounds.width / 2, height: bounds.height)).setPixelCount())
    }

    @Test("rectangles painted on a 1-bit image are set or cleared; other values are refused")
    func paintedBits() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let blank = try grey.painted(255, in: [Box(x: 0, y: 0, width: grey.width, height: grey.height)]).binarized(threshold: 128)
        let boxes = [Box(x: 5, y: 5, width: 20, height: 10), Box(x: grey.width - 10, y: 50, width: 30, height: 4)]
        let marked = try blank.painted(1, in: boxes)
        #expect(try marked.setPixelCount() == 200 + 40)
        #expect(try marked.painted(0, in: [boxes[0]]).setPixelCount() == 40)
        #expect(throws: TesseractError.self) { try blank.painted(255, in: boxes) }
    }

    @Test("a border moves the source mapping by its width")
    func border() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let bordered = try grey.bordered(by: 10, value: 255)
        #expect(bordered.width == grey.width + 20)
        #expect(bordered.toSource.apply(Box(x: 10, y: 10, width: 5, height: 5)) == Box(x: 0, y: 0, width: 5, height: 5))
    }

    @Test("connected components of drawn rectangles come back as their boxes")
    func components() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let blank = try grey.painted(255, in: [Box(x: 0, y: 0, width: grey.width, height: grey.height)])
        let boxes = [Box(x: 5, y: 5, width: 20, height: 10), Box(x: 100, y: 50, width: 3, height: 40)]
        let drawn = try blank.painted(0, in: boxes).binarized(threshold: 128)
        #expect(Set(try drawn.componentBoxes()) == Set(boxes))
        #expect(try blank.binarized(threshold: 128).componentBoxes().isEmpty)
    }

    @Test("the holes of a closed outline are its inside less what is drawn there; an open outline has none")
    func holes() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let blank = try grey.painted(255, in: [Box(x: 0, y: 0, width: grey.width, height: grey.height)])
        // A 40 x 30 frame 2 px wide (inside 36 x 26) with a 6 x 10 mark inside.
        let frame = [Box(x: 10, y: 10, width: 40, height: 2), Box(x: 10, y: 38, width: 40, height: 2),
                     Box(x: 10, y: 12, width: 2, height: 26), Box(x: 48, y: 12, width: 2, height: 26)]
        let mark = Box(x: 20, y: 18, width: 6, height: 10)
        let closed = try blank.painted(0, in: frame + [mark]).binarized(threshold: 128)
        let holes = try closed.holes()
        #expect(try holes.setPixelCount() == 36 * 26 - 6 * 10)
        #expect(try holes.componentBoxes(connectivity: .four) == [Box(x: 12, y: 12, width: 36, height: 26)])
        // A gap of one pixel in the right side opens it: no hole.
        let open = try closed.painted(0, in: [Box(x: 48, y: 20, width: 2, height: 1)])
        #expect(try open.holes().setPixelCount() == 0)
        // A gap only diagonally across (pixels meeting at a corner) does not.
        let diagonal = try blank.painted(0, in: [Box(x: 70, y: 10, width: 20, height: 2), Box(x: 70, y: 30, width: 20, height: 2),
                                                 Box(x: 70, y: 12, width: 2, height: 18), Box(x: 88, y: 12, width: 1, height: 9),
                                                 Box(x: 89, y: 21, width: 1, height: 9)]).binarized(threshold: 128)
        #expect(try diagonal.holes().setPixelCount() > 0)
    }

    @Test("inverse transforms undo scaling, cropping and turning")
    func inverse() throws {
        let turned = PixelTransform.rotation(quarterTurns: 1, width: 200, height: 100)
            .after(.scaling(fromWidth: 100, height: 200, toWidth: 300, height: 600))
            .after(.cropping(atX: 40, y: 20))
        let box = Box(x: 10, y: 20, width: 30, height: 8)
        let inverse = try #require(turned.inverse)
        #expect(turned.apply(inverse.apply(box)) == box)
        #expect(PixelTransform.scaling(fromWidth: 10, height: 10, toWidth: 0, height: 0).inverse != nil)
    }

    @Test("a montage maps words on its page back through each tile's source mapping")
    func montage() throws {
        let grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        let left = try grey.cropped(to: Box(x: 0, y: 0, width: 300, height: 158))
        let turned = try grey.cropped(to: Box(x: 500, y: 40, width: 200, height: 80)).rotated(quarterTurns: 1)
        let montage = try Montage(stacking: [left, turned], gap: 20, maxHeight: 1000)
        #expect(montage.tiles.map(\.frame) == [Box(x: 20, y: 20, width: 300, height: 158), Box(x: 20, y: 198, width: 80, height: 200)])
        #expect(montage.page.width == 340 && montage.page.height == 418)
        // A word at (10, 30) of the left crop, and the turned crop as a whole.
        #expect(montage.sourceBox(of: Box(x: 30, y: 50, width: 40, height: 10)) == Box(x: 10, y: 30, width: 40, height: 10))
        #expect(montage.sourceBox(of: Box(x: 20, y: 198, width: 80, height: 200)) == Box(x: 500, y: 40, width: 200, height: 80))
        #expect(montage.sourceBox(of: Box(x: 330, y: 5, width: 4, height: 4)) == nil)
        #expect(montage.tileIndex(of: Box(x: 30, y: 50, width: 40, height: 10)) == 0)
        #expect(montage.tileIndex(of: Box(x: 20, y: 198, width: 80, height: 200)) == 1)
        #expect(montage.tileIndex(of: Box(x: 330, y: 5, width: 4, height: 4)) == nil)
        #expect(throws: TesseractError.self) { try Montage(stacking: [], gap: 1, maxHeight: 10) }
    }
}

/// `clean-line.png` in grey with a box over its text to fill: the text's ink, the box, the
/// box as a 1-bit mask of the page, and the ink in the box.
private struct FilledLine {
    let grey: Image
    let ink: Image
    let fill = Box(x: 40, y: 20, width: 300, height: 120)
    let mask: Image
    let text: Int

    init() throws {
        grey = try Image(contentsOf: Fixtures.figure("clean-line.png")).grayscale()
        ink = try grey.binarized(threshold: 128)
        mask = try Self.mask(of: [fill], on: grey)
        text = try grey.cropped(to: fill).binarized(threshold: 128).setPixelCount()
    }

    /// A 1-bit mask of `boxes` on a page of `page`'s size.
    static func mask(of boxes: [Box], on page: Image) throws -> Image {
        try page.painted(255, in: [Box(x: 0, y: 0, width: page.width, height: page.height)]).painted(0, in: boxes).binarized(threshold: 128)
    }

    /// A 1-bit mask of `boxes` on this line's page.
    func mask(of boxes: [Box]) throws -> Image {
        try Self.mask(of: boxes, on: grey)
    }

    /// Ink (darker than 128) of `image` in the box.
    func inkCount(_ image: Image) throws -> Int {
        try image.cropped(to: fill).binarized(threshold: 128).setPixelCount()
    }
}
