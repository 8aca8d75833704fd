import CPNGReader
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// The row-by-row PNG reader against Leptonica's own, on PNGs of every kind it handles or
/// leaves to Leptonica, written here by Leptonica from a fixture.
@Suite("PNG row reader")
struct PNGReaderTests {
    /// PNG bytes of `pix` (taken) with its resolution set to `dpi`.
    private static func png(_ pix: UnsafeMutablePointer<PIX>?, dpi: Int32 = 0) throws -> Data {
        var owned = pix
        defer { pixDestroy(&owned) }
        let pix = try #require(pix)
        if dpi > 0 { pixSetResolution(pix, dpi, dpi) }
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        try #require(pixWriteMemPng(&bytes, &size, pix, 0) == 0)
        defer { free(bytes) }
        return Data(bytes: try #require(bytes), count: size)
    }

    /// One PNG of each kind, from the colourful JPEG fixture (600 x 900 x 32).
    private static func kinds() throws -> [(String, Data)] {
        let source = try Image(contentsOf: Fixtures.figure("membranes-12-00775-g005.jpg"))
        let grey = try source.grayscale()
        // Widths that leave 1, 2 and 3 pixels after the reader's groups of four.
        func clipped(_ pix: UnsafeMutablePointer<PIX>?, width: Int32) -> UnsafeMutablePointer<PIX>? {
            var box = boxCreate(0, 0, width, 40)
            defer { boxDestroy(&box) }
            return pixClipRectangle(pix, box, nil)
        }
        var narrow = clipped(source.pix, width: 899)
        defer { pixDestroy(&narrow) }
        return [
            ("RGB, 897 wide", try png(clipped(source.pix, width: 897))),
            ("grey, 898 wide", try png(clipped(grey.pix, width: 898))),
            ("palette, 899 wide", try png(pixOctreeColorQuant(narrow, 240, 0))),
            ("RGB", try png(pixCopy(nil, source.pix), dpi: 150)),
            ("grey", try png(pixCopy(nil, grey.pix))),
            ("coloured palette", try png(pixOctreeColorQuant(source.pix, 240, 0))),
            ("16-colour palette, 4 bits", try png(pixOctreeQuantNumColors(source.pix, 16, 0), dpi: 72)),
            ("grey palette", try png(pixConvertGrayToColormap(grey.pix))),
            ("grey 1 bit (left to Leptonica)", try png(pixThresholdToBinary(grey.pix, 128))),
            ("RGBA (left to Leptonica)", try png(pixAddAlphaToBlend(source.pix, 0.5, 0))),
        ]
    }

    @Test("decodes every kind byte for byte as Leptonica does, as stored, as luminance and as converted grey")
    func sameAsLeptonica() throws {
        for (kind, data) in try Self.kinds() {
            // The kinds it handles are decoded by it, not passed on to Leptonica.
            var status = OW_PNG_FAILED
            var pix = data.withUnsafeBytes { ow_png_read($0.baseAddress!.assumingMemoryBound(to: UInt8.self), data.count, 1, &status, nil, 0) }
            pixDestroy(&pix)
            #expect(status == (kind.contains("left to Leptonica") ? OW_PNG_NOT_HANDLED : OW_PNG_DECODED), "\(kind)")
            for decoding in [ImageDecoding.stored, .luminance, .convertedGrey] {
                let rows = try Image(data: data, name: kind, limits: .default, decoding: decoding, pngReader: .rows)
                let reference = try Image(data: data, name: kind, limits: .default, decoding: decoding, pngReader: .leptonica)
                #expect(rows.width == reference.width && rows.height == reference.height && rows.depth == reference.depth, "\(kind)")
                #expect(pixGetSpp(rows.pix) == pixGetSpp(reference.pix), "\(kind)")
                #expect(pixGetXRes(rows.pix) == pixGetXRes(reference.pix) && pixGetYRes(rows.pix) == pixGetYRes(reference.pix), "\(kind)")
                #expect(pixGetColormap(rows.pix) == nil, "\(kind)")
                let words = Int(pixGetWpl(rows.pix)) * rows.height
                let same = memcmp(pixGetData(rows.pix), pixGetData(reference.pix), words * 4) == 0
                #expect(same, "\(kind), \(decoding): pixels differ")
            }
        }
    }

    @Test("the fixtures and a damaged PNG: same pixels, and a typed error naming the file")
    func fixturesAndDamage() throws {
        for name in ["boxed-labels.png", "clean-line.png", "vertical-label.png", "white-on-dark.png"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.figure(name)))
            let rows = try Image(data: data, name: name, limits: .default, decoding: .luminance, pngReader: .rows)
            let reference = try Image(data: data, name: name, limits: .default, decoding: .luminance, pngReader: .leptonica)
            #expect(try rows.encoded(as: .png) == reference.encoded(as: .png), "\(name)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.figure("clean-line.png")))
        var damaged = data
        damaged[data.count / 2] ^= 0xff  // inside the compressed pixels: a bad checksum
        // The last byte of the image data (its Adler-32, which is not checked): the pixels
        // still inflate, and only the chunk's CRC tells.
        var checksum = data
        checksum[data.count - 12 - 4 - 1] ^= 0x01
        // Cut at half, cut inside the last chunks (IEND and the end of the image data), damaged.
        for bytes in [data.prefix(data.count / 2), data.prefix(data.count - 20), damaged, checksum] {
            let error = try #require(throws: TesseractError.self) { try Image(data: Data(bytes), name: "cut.png", decoding: .luminance) }
            #expect(error.code == .imageUnreadable && error.message.hasPrefix("cut.png: "), "\(error.message)")
        }
    }
}
