import CLeptonicaReplicas
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.replacing(under:withTurnedOver:white:)` and `Image.whitenedRegions` paint through
/// CLeptonicaReplicas' `ow_paint_mapped`, which must give what Leptonica's steps give one after
/// the other (the crop, its inversion, its level stretch, the masked combination): every level
/// through the map, only the pixels under the mask, padding bits of the mask ignored.
@Suite("Painting levels under a mask")
struct PaintMappedTests {
    /// What the three Leptonica steps give.
    private static func reference(_ grey: Image, under mask: Image, source: Image, white: Int) throws -> Image {
        try grey.replacing(under: mask, with: source.inverted().levels(black: 0, white: white))
    }

    @Test("equals Leptonica's steps for widths on and off 32 pixels", arguments: [1, 100, 180, 254, 255])
    func equalsLeptonica(white: Int) throws {
        for (width, height) in [(61, 37), (64, 40), (1, 9), (33, 3), (203, 9)] {
            let seed = UInt64(width * 7 + height)
            let grey = try LeptonicaReplica.noisy(width: width, height: height, seed: seed)
            let source = try LeptonicaReplica.noisy(width: width, height: height, seed: seed + 1)
            let mask = try LeptonicaReplica.mask(width: width, height: height, seed: seed)
            let ours = try grey.replacing(under: mask, withTurnedOver: source, white: white)
            let theirs = try Self.reference(grey, under: mask, source: source, white: white)
            #expect(LeptonicaReplica.same(ours, theirs), "white \(white), \(width)x\(height)")
        }
    }

    @Test("equals Leptonica's steps on a drawn figure under its dark fills")
    func equalsLeptonicaOnFigure() throws {
        let grey = try LeptonicaReplica.drawnFigureGrey()
        let dark = try grey.binarized(threshold: 100)
        #expect(try dark.hasSetPixels())
        let ours = try grey.replacing(under: dark, withTurnedOver: grey, white: 180)
        #expect(LeptonicaReplica.same(ours, try Self.reference(grey, under: dark, source: grey, white: 180)))
        #expect(!LeptonicaReplica.same(ours, grey))
    }

    /// Leptonica's whitening of the box at `x`, `y` of `mask`'s size in `grey`: the crop, turned
    /// over when asked, stretched by a white-point image of `white` everywhere, combined back
    /// under the mask.
    private static func leptonicaWhitened(_ grey: Image, under mask: Image, x: Int, y: Int, white: Int, turned: Bool) throws -> Image {
        let result = try #require(pixCopy(nil, grey.pix))
        var box: UnsafeMutablePointer<BOX>? = boxCreate(Int32(x), Int32(y), Int32(mask.width), Int32(mask.height))
        var region: UnsafeMutablePointer<PIX>? = box.flatMap { pixClipRectangle(grey.pix, $0, nil) }
        if turned { region = region.flatMap { pixInvert($0, $0) } }
        var whitePoint: UnsafeMutablePointer<PIX>? = pixCreate(Int32(mask.width), Int32(mask.height), 8)
        defer { boxDestroy(&box); pixDestroy(&region); pixDestroy(&whitePoint) }
        let crop = try #require(region), level = try #require(whitePoint)
        #expect(pixSetAllArbitrary(level, UInt32(white)) == 0)
        var mapped: UnsafeMutablePointer<PIX>? = pixApplyVariableGrayMap(crop, level, 255)
        defer { pixDestroy(&mapped) }
        let stretched = try #require(mapped)
        #expect(pixCombineMaskedGeneral(result, stretched, mask.pix, Int32(x), Int32(y)) == 0)
        return Image(owning: result, toSource: .identity)
    }

    /// `ow_paint_mapped` with the levels `ow_whitened_levels` reads from Leptonica.
    private static func whitened(_ grey: Image, under mask: Image, x: Int, y: Int, white: Int, turned: Bool) throws -> Image {
        var levels = [UInt8](repeating: 0, count: 256)
        #expect(ow_whitened_levels(Int32(white), turned ? 1 : 0, &levels) == 0)
        let result = Image(owning: try #require(pixCopy(nil, grey.pix)), toSource: .identity)
        #expect(ow_paint_mapped(result.pix, grey.pix, mask.pix, Int32(x), Int32(y), levels) == 0)
        return result
    }

    @Test("whitening a region equals Leptonica's steps, upright and turned over, on boxes under and over Leptonica's table size")
    func whitenedEqualsLeptonica() throws {
        // Leptonica's variable map uses a table of every level pair for more than 100,000
        // pixels and divides pixel by pixel below: the ramp the map is read from is small.
        for (width, height, x, y) in [(61, 37, 0, 0), (203, 9, 17, 3), (400, 300, 33, 21), (64, 40, 5, 8)] {
            let grey = try LeptonicaReplica.noisy(width: width + x + 7, height: height + y + 5, seed: UInt64(width + height))
            let mask = try LeptonicaReplica.mask(width: width, height: height, seed: UInt64(width * 3 + height))
            for white in [1, 90, 130, 200, 254, 255] {
                for turned in [false, true] {
                    let ours = try Self.whitened(grey, under: mask, x: x, y: y, white: white, turned: turned)
                    let theirs = try Self.leptonicaWhitened(grey, under: mask, x: x, y: y, white: white, turned: turned)
                    #expect(LeptonicaReplica.same(ours, theirs), "white \(white), turned \(turned), \(width)x\(height) at \(x),\(y)")
                }
            }
        }
    }

    @Test("a mask placed past the image's edge is refused")
    func maskPastTheEdge() throws {
        let grey = try LeptonicaReplica.noisy(width: 40, height: 10, seed: 3)
        let mask = try LeptonicaReplica.mask(width: 20, height: 10, seed: 3)
        let levels = [UInt8](0...255)
        #expect(ow_paint_mapped(grey.pix, grey.pix, mask.pix, 20, 0, levels) == 0)
        #expect(ow_paint_mapped(grey.pix, grey.pix, mask.pix, 21, 0, levels) == 1)
        #expect(ow_paint_mapped(grey.pix, grey.pix, mask.pix, 0, 1, levels) == 1)
        #expect(ow_paint_mapped(grey.pix, grey.pix, mask.pix, -1, 0, levels) == 1)
    }

    @Test("refuses images of other sizes or depths and a white point outside 1...255")
    func refuses() throws {
        let grey = try LeptonicaReplica.noisy(width: 40, height: 10, seed: 3)
        let mask = try LeptonicaReplica.mask(width: 40, height: 10, seed: 3)
        let small = try LeptonicaReplica.noisy(width: 20, height: 10, seed: 4)
        #expect(throws: TesseractError.self) { try grey.replacing(under: mask, withTurnedOver: small, white: 180) }
        #expect(throws: TesseractError.self) { try grey.replacing(under: grey, withTurnedOver: grey, white: 180) }
        #expect(throws: TesseractError.self) { try grey.replacing(under: mask, withTurnedOver: grey, white: 0) }
    }
}
