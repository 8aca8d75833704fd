import CLeptonicaReplicas
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.painted(_:under:)` runs CLeptonicaReplicas' `ow_set_masked`, which must set the same
/// pixels to the same value as Leptonica's `pixSetMasked`: through full mask words, partial
/// ones and the last partial word of a row, whose padding bits it must ignore.
@Suite("Painting under a mask")
struct SetMaskedTests {
    /// Whether painting `value` under `mask` gives what Leptonica's pixSetMasked gives.
    private static func paintsAsLeptonica(_ image: Image, under mask: Image, value: UInt8) throws -> Bool {
        let ours = try image.painted(value, under: mask)
        let reference = Image(owning: try #require(pixCopy(nil, image.pix)), toSource: .identity)
        guard pixSetMasked(reference.pix, mask.pix, UInt32(value)) == 0 else { return false }
        return LeptonicaReplica.same(ours, reference)
    }

    @Test("equals Leptonica's for widths on and off 32 pixels", arguments: [0, 1, 128, 254, 255] as [UInt8])
    func equalsLeptonica(value: UInt8) throws {
        for (width, height) in [(61, 37), (64, 40), (1, 9), (31, 2), (32, 3), (33, 3), (203, 9)] {
            let seed = UInt64(width * 13 + height)
            let image = try LeptonicaReplica.noisy(width: width, height: height, seed: seed)
            let mask = try LeptonicaReplica.mask(width: width, height: height, seed: seed)
            #expect(try Self.paintsAsLeptonica(image, under: mask, value: value), "value \(value), \(width)x\(height)")
        }
    }

    @Test("equals Leptonica's on a drawn figure's grey under its own ink")
    func equalsLeptonicaOnFigure() throws {
        let grey = try LeptonicaReplica.drawnFigureGrey()
        let ink = try grey.binarized(threshold: 200)
        #expect(try ink.hasSetPixels())
        #expect(try Self.paintsAsLeptonica(grey, under: ink, value: 255))
        #expect(try Self.paintsAsLeptonica(grey, under: ink.dilated(width: 7, height: 7), value: 255))
    }

    @Test("paints a clear mask as nothing and a full mask as everything")
    func clearAndFullMasks() throws {
        let image = try LeptonicaReplica.noisy(width: 70, height: 5, seed: 9)
        let clear = Image(owning: try #require(pixCreate(70, 5, 1)), toSource: .identity)
        #expect(LeptonicaReplica.same(try image.painted(255, under: clear), image))
        let full = Image(owning: try #require(pixCreate(70, 5, 1)), toSource: .identity)
        pixSetAll(full.pix)
        let painted = try image.painted(17, under: full)
        let values = (0..<5).flatMap { y in
            (0..<70).map { x -> UInt32 in
                var value: UInt32 = 0
                pixGetPixel(painted.pix, Int32(x), Int32(y), &value)
                return value
            }
        }
        #expect(values.allSatisfy { $0 == 17 })
    }
}
