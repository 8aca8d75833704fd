import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.scaled` runs CLeptonicaReplicas' scaling, whose grey upscaling must give Leptonica's
/// `pixScale` pixel for pixel, and which leaves every other case to Leptonica.
@Suite("Scaling")
struct ScaleTests {
    /// Whether `image.scaled(by:)` gives what `pixScale` gives, or fails where it fails
    /// (shrinking one pixel to none).
    private static func scalesAsLeptonica(_ image: Image, by factor: Double) throws -> Bool {
        guard let expected = pixScale(image.pix, Float(factor), Float(factor)) else {
            return (try? image.scaled(by: factor)) == nil
        }
        return LeptonicaReplica.same(try image.scaled(by: factor), Image(owning: expected, toSource: .identity))
    }

    /// Upscalings it does itself (from 1.4 up, with 2 and 4 left to Leptonica's special
    /// cases), the edge just below 1.4 that Leptonica sharpens, and downscalings.
    static let factors: [Double] = [1.4, 1.41, 1.5, 1.87, 2, 2.33, 2.5, 3.07, 3.5, 3.99, 4, 0.5, 0.8, 1.2]

    @Test("equals Leptonica's at every factor, for widths on and off a word boundary and one-pixel rows and columns", arguments: factors)
    func equalsLeptonica(factor: Double) throws {
        for (width, height) in [(61, 37), (64, 40), (1, 9), (9, 1), (1, 1), (2, 2), (203, 3), (3, 203)] {
            let image = try LeptonicaReplica.noisy(width: width, height: height, seed: UInt64(width * 17 + height))
            #expect(try Self.scalesAsLeptonica(image, by: factor), "factor \(factor), \(width)x\(height)")
        }
    }

    @Test("equals Leptonica's on a drawn figure's grey")
    func equalsLeptonicaOnFigure() throws {
        let grey = try LeptonicaReplica.drawnFigureGrey()
        for factor in [1.6, 2.7, 3.3] {
            #expect(try Self.scalesAsLeptonica(grey, by: factor), "factor \(factor)")
        }
    }
}
