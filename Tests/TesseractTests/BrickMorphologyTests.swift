import CLeptonicaReplicas
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// `Image.opened`, `closed` and `dilated` run CLeptonicaReplicas' brick morphology, which must
/// give Leptonica's composite DWA pixels exactly: bricks under, at and past 63 pixels (where
/// Leptonica chains several), sides that do not factor (Leptonica rounds them), even sides
/// (whose origin is off centre, which a dilation shows), and ink at every edge of images whose
/// widths are on and off 32 pixels.
@Suite("Brick morphology")
struct BrickMorphologyTests {
    /// A 1-bit image with pseudo-random specks at `percent` density and solid rectangles, some
    /// touching the edges.
    private static func ink(width: Int, height: Int, percent: UInt64, seed: UInt64) throws -> Image {
        let pix = try #require(pixCreate(Int32(width), Int32(height), 1))
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % max(1, bound)
        }
        for y in 0..<height {
            for x in 0..<width where next(100) < Int(percent) { pixSetPixel(pix, Int32(x), Int32(y), 1) }
        }
        for _ in 0..<12 {
            let x = next(width) - width / 8, y = next(height) - height / 8
            pixRasterop(pix, Int32(x), Int32(y), Int32(1 + next(width / 2 + 1)), Int32(1 + next(height / 2 + 1)), PIX_SET, nil, 0, 0)
        }
        return Image(owning: pix, toSource: .identity)
    }

    /// Leptonica's own result of `make` as an image.
    private static func leptonica(_ make: () -> UnsafeMutablePointer<PIX>?) throws -> Image {
        Image(owning: try #require(make()), toSource: .identity)
    }

    /// Expects `image` opened, closed and dilated by an `across` x `down` brick to be
    /// Leptonica's composite DWA results; `what` names the case in a failure.
    private static func expectLeptonicas(_ image: Image, across: Int, down: Int, _ what: String,
                                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (w, h) = (Int32(across), Int32(down))
        let opened = try leptonica { pixOpenCompBrickExtendDwa(nil, image.pix, w, h) }
        #expect(LeptonicaReplica.same(try image.opened(width: across, height: down), opened), "open \(what)", sourceLocation: sourceLocation)
        let closed = try leptonica { pixCloseCompBrickExtendDwa(nil, image.pix, w, h) }
        #expect(LeptonicaReplica.same(try image.closed(width: across, height: down), closed), "close \(what)", sourceLocation: sourceLocation)
        let dilated = try leptonica { pixDilateCompBrickExtendDwa(nil, image.pix, w, h) }
        #expect(LeptonicaReplica.same(try image.dilated(width: across, height: down), dilated), "dilate \(what)", sourceLocation: sourceLocation)
    }

    static let sides = [1, 2, 3, 4, 7, 8, 14, 15, 25, 34, 37, 42, 62, 63, 64, 65, 70, 100, 126, 127, 128, 140]

    @Test("equals Leptonica's opening, closing and dilation", arguments: [
        (1, 1), (5, 3), (31, 7), (32, 32), (33, 40), (95, 97), (150, 60),
    ])
    func equalsLeptonica(width: Int, height: Int) throws {
        for percent: UInt64 in [0, 30, 85] {
            let image = try Self.ink(width: width, height: height, percent: percent, seed: UInt64(width * 31 + height) + percent)
            for (index, across) in Self.sides.enumerated() {
                let down = Self.sides[(index * 7 + 3) % Self.sides.count]
                try Self.expectLeptonicas(image, across: across, down: down, "\(across)x\(down) on \(width)x\(height) at \(percent)%")
            }
        }
    }

    @Test("equals Leptonica's on a drawn figure's ink, at the preparation's sizes")
    func equalsLeptonicaOnFigure() throws {
        let ink = try LeptonicaReplica.drawnFigureGrey().binarized(threshold: 200)
        #expect(try ink.hasSetPixels())
        for (across, down) in [(70, 1), (70, 9), (1, 42), (9, 42), (1, 126), (34, 7), (7, 34), (25, 25), (15, 1), (5, 5)] {
            try Self.expectLeptonicas(ink, across: across, down: down, "\(across)x\(down)")
        }
    }

    @Test("a dilated pixel covers the run Leptonica's composite covers, off centre for even sides")
    func dilatedPixel() throws {
        let pix = try #require(pixCreate(80, 1, 1))
        pixSetPixel(pix, 40, 0, 1)
        let dot = Image(owning: pix, toSource: .identity)
        let row = { (image: Image) -> [Int] in
            (0..<80).filter { x in
                var value: UInt32 = 0
                pixGetPixel(image.pix, Int32(x), 0, &value)
                return value != 0
            }
        }
        // A 4-pixel brick has its origin at 2: it reaches 2 before the pixel and 1 after.
        #expect(row(try dot.dilated(width: 4, height: 1)) == Array(38...41))
        #expect(row(try dot.dilated(width: 5, height: 1)) == Array(38...42))
        // 37 does not factor; Leptonica's composite is 6 x 6.
        #expect(row(try dot.dilated(width: 37, height: 1)).count == 36)
    }
}
