import CTesseract
import Evidence
@testable import Tesseract
import Testing

/// `Image.paint(…, on:)` paints the image a variable holds in place only when nothing else
/// refers to it or to its Leptonica image; whoever else holds it never sees it change.
@Suite("Painting in place, copy on write")
struct PaintInPlaceTests {
    private static func grey(seed: UInt64) throws -> Image { try LeptonicaReplica.noisy(width: 61, height: 37, seed: seed) }
    private static func mask() throws -> Image { try LeptonicaReplica.mask(width: 61, height: 37, seed: 5) }

    @Test("an image nothing else holds is painted in place, to the copying form's pixels")
    func uniqueImagePaintedInPlace() throws {
        let mask = try Self.mask(), source = try Self.grey(seed: 2)
        let boxes = [Box(x: 3, y: 4, width: 20, height: 9), Box(x: 50, y: 30, width: 40, height: 40)]
        let reference = try Self.grey(seed: 1)
            .painted(255, under: mask).painted(7, in: boxes).replacing(under: mask, withTurnedOver: source, white: 180)
        var image = try Self.grey(seed: 1)
        let before = ObjectIdentifier(image)
        #expect(Image.isUniquelyOwned(&image))
        try Image.paint(255, under: mask, on: &image)
        try Image.paint(7, in: boxes, on: &image)
        try Image.paint(turnedOver: source, white: 180, under: mask, on: &image)
        #expect(ObjectIdentifier(image) == before)
        #expect(LeptonicaReplica.same(image, reference))
    }

    @Test("an image another variable holds is copied first, and the other holder sees no change")
    func sharedImageCopied() throws {
        let original = try Self.grey(seed: 1)
        let untouched = try Self.grey(seed: 1)
        var image = original
        #expect(!Image.isUniquelyOwned(&image))
        try Image.paint(255, under: try Self.mask(), on: &image)
        #expect(ObjectIdentifier(image) != ObjectIdentifier(original))
        #expect(LeptonicaReplica.same(original, untouched))
        #expect(!LeptonicaReplica.same(image, untouched))
        // The copy is now held once: the next paint is in place.
        let copy = ObjectIdentifier(image)
        try Image.paint(0, in: [Box(x: 0, y: 0, width: 5, height: 5)], on: &image)
        #expect(ObjectIdentifier(image) == copy)
    }

    @Test("an image sharing its Leptonica image with another (a grey image's grayscale()) is copied first")
    func sharedPixCopied() throws {
        let original = try Self.grey(seed: 1)
        let untouched = try Self.grey(seed: 1)
        var clone = try original.grayscale()
        #expect(pixGetRefcount(original.pix) == 2)
        #expect(!Image.isUniquelyOwned(&clone))
        try Image.paint(turnedOver: try Self.grey(seed: 2), white: 180, under: try Self.mask(), on: &clone)
        #expect(LeptonicaReplica.same(original, untouched))
        #expect(!LeptonicaReplica.same(clone, untouched))
    }

    @Test("the copying forms leave the image they are called on as it was")
    func copyingFormsCopy() throws {
        let image = try Self.grey(seed: 1), untouched = try Self.grey(seed: 1), mask = try Self.mask()
        _ = try image.painted(255, under: mask)
        _ = try image.painted(9, in: [Box(x: 0, y: 0, width: 61, height: 37)])
        _ = try image.replacing(under: mask, withTurnedOver: try Self.grey(seed: 2), white: 180)
        #expect(LeptonicaReplica.same(image, untouched))
    }

    @Test("whitening in place gives the copying form's pixels, and the spared pixels keep their levels")
    func whitenInPlace() throws {
        // Regions and spared pixels as the preparer's masks are: clean, padding bits clear.
        let regions = try Self.grey(seed: 3).binarized(threshold: 128), spared = try Self.grey(seed: 4).binarized(threshold: 60)
        let original = try Self.grey(seed: 1)
        let whitened = try original.whitenedRegions(of: regions, margin: 10, darkest: 100, lightTextContrast: 60)
        #expect(!LeptonicaReplica.same(whitened, original))

        var image = try Self.grey(seed: 1)
        let before = ObjectIdentifier(image)
        try Image.whiten(regionsOf: regions, margin: 10, darkest: 100, lightTextContrast: 60, on: &image)
        #expect(ObjectIdentifier(image) == before)
        #expect(LeptonicaReplica.same(image, whitened))

        // The spared pixels keep their levels; the rest are measured without them
        // (PreprocessingOperationTests' `whitenedBesideSparedFill`), so nothing spared is nothing changed.
        var sparing = try Self.grey(seed: 1)
        try Image.whiten(regionsOf: regions, sparing: spared, margin: 10, darkest: 100, lightTextContrast: 60, on: &sparing)
        #expect(LeptonicaReplica.same(sparing, try sparing.replacing(under: spared, with: original)))
        #expect(!LeptonicaReplica.same(sparing, whitened))
        var sparingNothing = try Self.grey(seed: 1)
        try Image.whiten(regionsOf: regions, sparing: spared.painted(0, in: [Box(x: 0, y: 0, width: spared.width, height: spared.height)]), margin: 10, darkest: 100, lightTextContrast: 60, on: &sparingNothing)
        #expect(LeptonicaReplica.same(sparingNothing, whitened))
        #expect(throws: TesseractError.self) {
            try Image.whiten(regionsOf: regions, sparing: spared.cropped(to: Box(x: 0, y: 0, width: 9, height: 9)),
                             margin: 10, darkest: 100, on: &sparing)
        }
    }

    @Test("turning an image's own pixels over in place equals turning over a copy of it, and a shared image is copied first")
    func turnOverInPlace() throws {
        let mask = try Self.mask(), untouched = try Self.grey(seed: 1)
        let reference = try untouched.replacing(under: mask, withTurnedOver: untouched, white: 180)
        var image = try Self.grey(seed: 1)
        let before = ObjectIdentifier(image)
        try Image.turnOver(under: mask, white: 180, on: &image)
        #expect(ObjectIdentifier(image) == before)
        #expect(LeptonicaReplica.same(image, reference))

        let original = try Self.grey(seed: 1)
        var shared = original
        try Image.turnOver(under: mask, white: 180, on: &shared)
        #expect(LeptonicaReplica.same(shared, reference))
        #expect(LeptonicaReplica.same(original, untouched))
        #expect(throws: TesseractError.self) { try Image.turnOver(under: mask, white: 0, on: &shared) }
    }
}
