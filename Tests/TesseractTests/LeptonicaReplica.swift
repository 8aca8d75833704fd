import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// Inputs and the comparison for tests of the C replicas of Leptonica functions
/// (CLeptonicaReplicas), which must give Leptonica's pixels exactly: the prepared figures, and
/// so the recipe's readings, must not change with them.
enum LeptonicaReplica {
    /// An 8-bit image of `width` x `height` with pseudo-random pixels, flat runs and hard edges
    /// (the clamping at 0 and 255 and every difference sign are reached), at 300 dpi.
    static func noisy(width: Int, height: Int, seed: UInt64) throws -> Image {
        let pix = try #require(pixCreate(Int32(width), Int32(height), 8))
        pixSetResolution(pix, 300, 300)
        var state = seed
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let random = Int(state >> 56)
                let value = (x / 7 + y / 5) % 3 == 0 ? random : ((x / 9) % 2 == 0 ? 0 : 255)
                pixSetPixel(pix, Int32(x), Int32(y), UInt32(value))
            }
        }
        return Image(owning: pix, toSource: .identity)
    }

    /// A 1-bit mask of `width` x `height`: runs of full words, stray bits and clear stretches,
    /// with every padding bit past the row's end set, as a mask's garbage may be.
    static func mask(width: Int, height: Int, seed: UInt64) throws -> Image {
        let pix = try #require(pixCreate(Int32(width), Int32(height), 1))
        var state = seed
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let set = (y % 4 == 1 && x / 32 % 2 == 0) || (y % 4 == 3 && state >> 61 == 0)
                if set { pixSetPixel(pix, Int32(x), Int32(y), 1) }
            }
        }
        let words = Int(pixGetWpl(pix))
        if width % 32 != 0, let data = pixGetData(pix) {
            for row in 0..<height { data[row * words + words - 1] |= UInt32.max >> UInt32(width % 32) }
        }
        return Image(owning: pix, toSource: .identity)
    }

    /// A drawn figure's grey, the real-image case of each replica's tests.
    static func drawnFigureGrey() throws -> Image {
        try Image(contentsOf: Fixtures.figure("boxed-labels.png")).grayscale()
    }

    /// Whether two images have the same size, depth, pixels and resolution.
    static func same(_ a: Image, _ b: Image) -> Bool {
        var equal: Int32 = 0
        return pixEqual(a.pix, b.pix, &equal) == 0 && equal == 1
            && pixGetXRes(a.pix) == pixGetXRes(b.pix) && pixGetYRes(a.pix) == pixGetYRes(b.pix)
    }
}
