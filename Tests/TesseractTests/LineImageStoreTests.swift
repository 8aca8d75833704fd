import CLineImageStore
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// The executable's pixWriteMem (CLineImageStore), called directly: PNGs come out uncompressed
/// and decode to the same pixels; the image is left as it was; other formats pass through.
@Suite("Line image store")
struct LineImageStoreTests {
    /// A 8-bit 200 x 120 grey image with a gradient and a few dark bars, as Tesseract's line
    /// images look (deflate compresses it well).
    private static func lineImage() throws -> UnsafeMutablePointer<PIX> {
        let pix = try #require(pixCreate(200, 120, 8))
        for y in 0..<120 {
            for x in 0..<200 {
                let bar = (x / 10) % 3 == 0 && (30..<90).contains(y)
                pixSetPixel(pix, Int32(x), Int32(y), bar ? 20 : UInt32(200 + x % 50))
            }
        }
        return pix
    }

    private static func write(_ pix: UnsafeMutablePointer<PIX>, _ format: Int32) throws -> Data {
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        try #require(pixWriteMem(&bytes, &size, pix, format) == 0)
        defer { free(bytes) }
        return Data(bytes: try #require(bytes), count: size)
    }

    /// Whether Leptonica decodes `data` to exactly the pixels of `pix`.
    private static func decodes(_ data: Data, to pix: UnsafeMutablePointer<PIX>) -> Bool {
        var decoded = data.withUnsafeBytes { pixReadMem($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
        defer { pixDestroy(&decoded) }
        var same: Int32 = 0
        return decoded != nil && pixEqual(pix, decoded, &same) == 0 && same == 1
    }

    @Test("a PNG is stored, not deflated, and decodes to the same pixels")
    func storedPNG() throws {
        var pix: UnsafeMutablePointer<PIX>? = try Self.lineImage()
        defer { pixDestroy(&pix) }
        pixSetSpecial(pix, 3)
        let before = ow_line_image_store_count()

        let stored = try Self.write(try #require(pix), Int32(IFF_PNG))

        // At least: tests in parallel (and Tesseract, if it binds here) may count too.
        #expect(ow_line_image_store_count() >= before + 1)
        #expect(pix?.pointee.special == 3)
        // Stored blocks: at least a byte a pixel plus a filter byte a row; Leptonica's default
        // level packs this image into a small fraction of that.
        #expect(stored.count >= 200 * 120 + 120)
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        try #require(pixWriteMemPng(&bytes, &size, pix, 0) == 0)
        free(bytes)
        #expect(size * 4 < stored.count, "deflated \(size) bytes, stored \(stored.count)")

        #expect(Self.decodes(stored, to: try #require(pix)))
    }

    @Test("other formats go to Leptonica unchanged")
    func otherFormats() throws {
        var pix: UnsafeMutablePointer<PIX>? = try Self.lineImage()
        defer { pixDestroy(&pix) }
        pixSetSpecial(pix, 3)
        let tiff = try Self.write(try #require(pix), Int32(IFF_TIFF_LZW))
        #expect(tiff.starts(with: [0x49, 0x49]) || tiff.starts(with: [0x4d, 0x4d]))
        #expect(pix?.pointee.special == 3)
        #expect(Self.decodes(tiff, to: try #require(pix)))
    }

    @Test("the wrapper's own PNG files are still deflated")
    func encodedFilesDeflated() throws {
        let image = Image(owning: try Self.lineImage(), toSource: .identity)
        let png = try image.encoded(as: .png)
        #expect(png.count * 4 < 200 * 120)
    }
}
