import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.binarized` runs CLeptonicaReplicas' thresholding, which must give Leptonica's
/// `pixThresholdToBinary` bit for bit, 32 pixels a step and in the row's last partial word.
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
}
