import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.lanczosScaled` (CImageResampling): the preparation's enlargement of small print.
@Suite("Lanczos enlargement")
struct LanczosScaleTests {
    /// An 8-bit image whose level is `level(x, y)`, at 300 dpi.
    private static func grey(width: Int, height: Int, _ level: (Int, Int) -> Int) throws -> Image {
        let pix = try #require(pixCreate(Int32(width), Int32(height), 8))
        pixSetResolution(pix, 300, 300)
        for y in 0..<height {
            for x in 0..<width { pixSetPixel(pix, Int32(x), Int32(y), UInt32(level(x, y))) }
        }
        return Image(owning: pix, toSource: .identity)
    }

    private static func level(_ image: Image, _ x: Int, _ y: Int) -> Int {
        var value: UInt32 = 0
        pixGetPixel(image.pix, Int32(x), Int32(y), &value)
        return Int(value)
    }

    @Test("gives scaled(by:)'s size, resolution and source mapping", arguments: [1.3, 2, 2.71, 4, 5.5])
    func sizeAndMapping(factor: Double) throws {
        for (width, height) in [(61, 37), (1, 9), (9, 1), (1, 1)] {
            let image = try LeptonicaReplica.noisy(width: width, height: height, seed: UInt64(width + height))
            let linear = try image.scaled(by: factor), lanczos = try image.lanczosScaled(by: factor)
            #expect(lanczos.width == linear.width && lanczos.height == linear.height, "\(factor), \(width)x\(height)")
            #expect(lanczos.toSource == linear.toSource)
            #expect(pixGetXRes(lanczos.pix) == pixGetXRes(linear.pix) && pixGetYRes(lanczos.pix) == pixGetYRes(linear.pix))
        }
    }

    @Test("keeps a flat level flat and a ramp a ramp")
    func flatAndRamp() throws {
        let flat = try Self.grey(width: 23, height: 11) { _, _ in 137 }.lanczosScaled(by: 3.3)
        #expect((0..<flat.height).allSatisfy { y in (0..<flat.width).allSatisfy { Self.level(flat, $0, y) == 137 } })
        // Levels rising 10 a column: away from the edges each enlarged pixel is within a level of
        // the ramp at the point it maps from.
        let ramp = try Self.grey(width: 24, height: 8) { x, _ in 10 * x + 5 }.lanczosScaled(by: 4)
        for x in 12..<(ramp.width - 12) {
            let expected = 10 * ((Double(x) + 0.5) / 4 - 0.5) + 5
            #expect(abs(Double(Self.level(ramp, x, 16)) - expected) <= 1, "column \(x)")
        }
    }

    @Test("enlarges a blurred edge without linear interpolation's kinks at every source pixel")
    func smoothEdge() throws {
        // A letter's edge at small print, blurred by the camera and JPEG over four pixels.
        let profile = [255, 255, 255, 250, 215, 140, 70, 25, 5, 0, 0, 0]
        let edge = try Self.grey(width: profile.count, height: 4) { x, _ in profile[x] }
        let row = { (image: Image) in (0..<image.width).map { Self.level(image, $0, 8) } }
        // The largest change of slope from one pixel to the next, over the edge.
        let kink = { (levels: [Int]) -> Int in
            (12..<36).map { (x: Int) -> Int in abs(levels[x + 1] - 2 * levels[x] + levels[x - 1]) }.max() ?? 0
        }
        let linear = row(try edge.scaled(by: 4)), lanczos = row(try edge.lanczosScaled(by: 4))
        #expect(kink(lanczos) < kink(linear))
        // Still the same edge: as dark and as light on either side, half-way at about the same place.
        #expect(lanczos[4] == 255 && lanczos[44] == 0)
        let middle = { (levels: [Int]) in levels.firstIndex { $0 < 128 } ?? 0 }
        #expect(abs(middle(lanczos) - middle(linear)) <= 2)
    }

    @Test("refuses other depths, colormaps and factors of 1 or less")
    func refusals() throws {
        let image = try LeptonicaReplica.noisy(width: 16, height: 16, seed: 3)
        #expect(throws: TesseractError.self) { try image.lanczosScaled(by: 1) }
        #expect(throws: TesseractError.self) { try image.lanczosScaled(by: 0.5) }
        #expect(throws: TesseractError.self) { try image.lanczosScaled(by: .infinity) }
        #expect(throws: TesseractError.self) { try image.binarized(threshold: 128).lanczosScaled(by: 2) }
    }
}
