import CLeptonicaReplicas
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.replacing(under:withTurnedOver:white:)` runs CLeptonicaReplicas' `ow_paint_turned`,
/// which must give what Leptonica's inversion, level stretch and masked combination give one
/// after the other: every level through the map, only the pixels under the mask, padding bits
/// of the mask ignored.
@Suite("Turning fills over under a mask")
struct PaintTurnedTests {
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
