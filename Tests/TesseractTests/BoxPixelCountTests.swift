import CPageImageSteps
import CTesseract
import Foundation
import Testing

/// The executable's ImageFind::CountPixelsInRotatedBox (CPageImageSteps), which counts a
/// mask's pixels in a box in place, must give libtesseract's own count (a copy of the box, then
/// Leptonica's pixel count) for every box: inside the page, across its edges, outside it,
/// empty, one pixel wide, on and off 32-pixel words, and for rotated pages, which it leaves to
/// libtesseract.
@Suite("Pixel counts in a box")
struct BoxPixelCountTests {
    /// A 1-bit `width` x `height` mask of random pixels, with some solid stretches.
    private static func mask(width: Int, height: Int, seed: UInt64) throws -> UnsafeMutablePointer<PIX> {
        let pix = try #require(pixCreate(Int32(width), Int32(height), 1))
        var state = seed
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                if (x / 40 + y / 9) % 4 == 0 || state >> 61 == 0 { pixSetPixel(pix, Int32(x), Int32(y), 1) }
            }
        }
        return pix
    }

    private static func counts(_ box: [Int16], page: [Int16], rotation: (Float, Float), mask: UnsafeMutablePointer<PIX>) -> (ours: Int32, tesseracts: Int32) {
        (ow_page_image_steps_count_in_box(box, page, rotation.0, rotation.1, mask, 0),
         ow_page_image_steps_count_in_box(box, page, rotation.0, rotation.1, mask, 1))
    }

    @Test("equals libtesseract's count for boxes inside, across and outside the page")
    func equalsTesseracts() throws {
        let (width, height) = (203, 61)
        var mask: UnsafeMutablePointer<PIX>? = try Self.mask(width: width, height: height, seed: 11)
        defer { pixDestroy(&mask) }
        let page: [Int16] = [0, 0, Int16(width), Int16(height)]
        var boxes: [[Int16]] = [
            page, [0, 0, 1, 1], [31, 5, 33, 60], [32, 0, 64, 61], [5, 7, 37, 8], [-20, -5, 10, 30],
            [190, 50, 260, 90], [203, 0, 220, 61], [0, 61, 203, 70], [-30, -30, -1, -1], [50, 20, 50, 40], [60, 30, 90, 30],
        ]
        var state: UInt64 = 3
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let left = Int16(Int(state >> 33) % 260 - 30), bottom = Int16(Int(state >> 45) % 90 - 15)
            boxes.append([left, bottom, left + Int16(Int(state >> 20) % 80), bottom + Int16(Int(state >> 10) % 40)])
        }
        for box in boxes {
            let (ours, tesseracts) = Self.counts(box, page: page, rotation: (1, 0), mask: try #require(mask))
            #expect(tesseracts >= 0, "libtesseract's count was not found")
            #expect(ours == tesseracts, "box \(box): \(ours) against \(tesseracts)")
        }
        #expect(Self.counts(page, page: page, rotation: (1, 0), mask: try #require(mask)).ours > 1000)
    }

    @Test("a page that is not at the origin, and rotated pages, count as libtesseract counts")
    func offsetAndRotatedPages() throws {
        var mask: UnsafeMutablePointer<PIX>? = try Self.mask(width: 100, height: 80, seed: 5)
        defer { pixDestroy(&mask) }
        let offsetPage: [Int16] = [10, 20, 110, 100]
        for box in [[15, 25, 60, 70], [0, 0, 200, 200], [100, 90, 130, 120]] as [[Int16]] {
            let offset = Self.counts(box, page: offsetPage, rotation: (1, 0), mask: try #require(mask))
            #expect(offset.ours == offset.tesseracts, "box \(box) on an offset page")
            let rotated = Self.counts(box, page: [0, 0, 100, 80], rotation: (0, 1), mask: try #require(mask))
            #expect(rotated.ours == rotated.tesseracts, "box \(box) on a page turned a quarter")
        }
    }
}
