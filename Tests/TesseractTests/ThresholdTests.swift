import CLeptonicaReplicas
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.binarized` runs CLeptonicaReplicas' thresholding, which must give Leptonica's
/// `pixThresholdToBinary` bit for bit, 32 pixels a step and in the row's last partial word. Its
/// regions (`ow_threshold_region`, which the executable gives libtesseract for its own
/// thresholding) must give the same of the region cut out, or its inverse, padding left clear.
@Suite("Thresholding")
struct ThresholdTests {
    /// Whether `image.binarized(threshold:)` equals `pixThresholdToBinary`, padding bits too.
    private static func thresholdsAsLeptonica(_ image: Image, at threshold: Int) throws -> Bool {
        let ours = try image.binarized(threshold: threshold)
        let reference = Image(owning: try #require(pixThresholdToBinary(image.pix, Int32(threshold))), toSource: .identity)
        let words = Int(pixGetWpl(ours.pix)) * ours.height
        return LeptonicaReplica.same(ours, reference) && ours.depth == 1
            && memcmp(pixGetData(ours.pix), pixGetData(reference.pix), words * 4) == 0
    }

    @Test("equals Leptonica's at every threshold, for widths on and off 32 pixels", arguments: [0, 1, 100, 128, 200, 235, 255, 256])
    func equalsLeptonica(threshold: Int) throws {
        for (width, height) in [(61, 37), (64, 40), (1, 9), (31, 2), (32, 3), (33, 3), (203, 5)] {
            let image = try LeptonicaReplica.noisy(width: width, height: height, seed: UInt64(width * 7 + height))
            #expect(try Self.thresholdsAsLeptonica(image, at: threshold), "threshold \(threshold), \(width)x\(height)")
        }
    }

    @Test("equals Leptonica's on a drawn figure's grey")
    func equalsLeptonicaOnFigure() throws {
        let grey = try LeptonicaReplica.drawnFigureGrey()
        for threshold in [100, 200, 235] {
            #expect(try Self.thresholdsAsLeptonica(grey, at: threshold), "threshold \(threshold)")
        }
    }

    /// Whether `ow_threshold_region` gives `pixThresholdToBinary` of the region cut out (its
    /// inverse when `invert`), with the bits past each row's end clear.
    private static func regionAsLeptonica(_ image: Image, _ region: (x: Int, y: Int, width: Int, height: Int), threshold: Int, invert: Bool) throws -> Bool {
        var box: UnsafeMutablePointer<BOX>? = boxCreate(Int32(region.x), Int32(region.y), Int32(region.width), Int32(region.height))
        defer { boxDestroy(&box) }
        let cut = Image(owning: try #require(pixClipRectangle(image.pix, box, nil)), toSource: .identity)
        let reference = Image(owning: try #require(pixThresholdToBinary(cut.pix, Int32(threshold))), toSource: .identity)
        if invert { pixInvert(reference.pix, reference.pix) }
        let ours = Image(owning: try #require(ow_threshold_region(image.pix, Int32(region.x), Int32(region.y), Int32(region.width), Int32(region.height), Int32(threshold), invert ? 1 : 0)), toSource: .identity)
        var equal: Int32 = 0
        guard pixEqual(ours.pix, reference.pix, &equal) == 0, equal == 1, ours.depth == 1 else { return false }
        let words = Int(pixGetWpl(ours.pix))
        let padding: UInt32 = region.width % 32 == 0 ? 0 : UInt32.max >> UInt32(region.width % 32)
        let data = pixGetData(ours.pix)!
        return (0..<region.height).allSatisfy { row in data[row * words + words - 1] & padding == 0 }
    }

    @Test("a region, or its inverse, equals Leptonica's of the region cut out", arguments: [1, 100, 129, 255])
    func regionEqualsLeptonica(threshold: Int) throws {
        let image = try LeptonicaReplica.noisy(width: 203, height: 41, seed: UInt64(threshold))
        for region in [(0, 0, 203, 41), (4, 3, 64, 10), (32, 0, 33, 41), (100, 40, 103, 1), (8, 5, 31, 7)] {
            for invert in [false, true] {
                #expect(try Self.regionAsLeptonica(image, region, threshold: threshold, invert: invert), "threshold \(threshold), region \(region), invert \(invert)")
            }
        }
    }

    @Test("a region it cannot do is left to the caller: inside a word, outside the image, thresholds 0 and 256")
    func regionLeftToCaller() throws {
        let image = try LeptonicaReplica.noisy(width: 64, height: 8, seed: 3)
        #expect(ow_threshold_region(image.pix, 2, 0, 32, 8, 128, 0) == nil)
        #expect(ow_threshold_region(image.pix, 0, 4, 64, 8, 128, 0) == nil)
        #expect(ow_threshold_region(image.pix, 0, 0, 64, 8, 0, 1) == nil)
        #expect(ow_threshold_region(image.pix, 0, 0, 64, 8, 256, 0) == nil)
    }
}
