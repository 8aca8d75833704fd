import CTesseract
import Evidence
import Foundation
@testable import Tesseract
import Testing

@Suite("Images")
struct ImageTests {
    @Test("PNG and JPEG load from a path with their size")
    func load() throws {
        let png = try Image(contentsOf: Fixtures.figure("clean-line.png"))
        #expect(png.width == 972 && png.height == 158)
        let jpeg = try Image(contentsOf: Fixtures.figure("membranes-12-00775-g005.jpg"))
        #expect(jpeg.width == 900 && jpeg.height == 600 && jpeg.depth == 32)
    }

    @Test("a luminance decode gives the grey of a stored decode; a JPEG's comes from its own luminance channel")
    func luminanceDecode() throws {
        let png = Fixtures.figure("white-on-dark.png")
        let stored = try Image(contentsOf: png)
        let luminance = try Image(contentsOf: png, decoding: .luminance)
        #expect(stored.depth == 32 && luminance.depth == 8)
        #expect(luminance.width == stored.width && luminance.height == stored.height && luminance.toSource == .identity)
        #expect(try luminance.encoded(as: .png) == stored.grayscale().encoded(as: .png))

        // A JPEG's luminance channel weighs red, green and blue as Rec. 601 does (0.299, 0.587,
        // 0.114), Leptonica's conversion 0.3, 0.5, 0.2: coloured ink differs a little.
        let jpeg = Fixtures.figure("membranes-12-00775-g005.jpg")
        let fromChannel = try Image(contentsOf: jpeg, decoding: .luminance)
        let converted = try Image(contentsOf: jpeg).grayscale()
        #expect(fromChannel.depth == 8 && fromChannel.width == 900 && fromChannel.height == 600)
        let ink = { (grey: Image) in try grey.binarized(threshold: 128).setPixelCount() }
        let (a, b) = (try ink(fromChannel), try ink(converted))
        #expect(a > 10_000 && abs(a - b) < b / 20, "dark pixels \(a) against \(b)")
    }

    @Test("a converted-grey decode is byte for byte the stored decode's grey, for a JPEG too")
    func convertedGreyDecode() throws {
        for name in ["white-on-dark.png", "membranes-12-00775-g005.jpg"] {
            let path = Fixtures.figure(name)
            let converted = try Image(contentsOf: path, decoding: .convertedGrey)
            let reference = try Image(contentsOf: path).grayscale()
            #expect(converted.depth == 8 && converted.toSource == .identity)
            var same: Int32 = 0
            #expect(pixEqual(converted.pix, reference.pix, &same) == 0 && same == 1, "\(name)")
            #expect(pixGetXRes(converted.pix) == pixGetXRes(reference.pix), "\(name)")
        }
    }

    @Test("TIFF and PNG bytes round-trip through memory")
    func bytes() throws {
        let source = try Image(contentsOf: Fixtures.figure("clean-line.png"))
        for encoding in [Image.Encoding.tiff, .png] {
            let data = try source.encoded(as: encoding)
            let decoded = try Image(data: data)
            #expect(decoded.width == source.width && decoded.height == source.height)
        }
    }

    @Test("scale, grey, crop and rotate give the expected sizes and transforms")
    func operations() throws {
        let image = try Image(contentsOf: Fixtures.figure("membranes-12-00775-g005.jpg"))
        let grey = try image.grayscale()
        #expect(grey.depth == 8 && grey.width == 900)
        let scaled = try grey.scaled(by: 2)
        #expect(scaled.width == 1800 && scaled.height == 1200)
        #expect(scaled.toSource.apply(Box(x: 200, y: 100, width: 40, height: 20)) == Box(x: 100, y: 50, width: 20, height: 10))
        let crop = try scaled.cropped(to: Box(x: 100, y: 200, width: 300, height: 100))
        #expect(crop.width == 300 && crop.height == 100)
        #expect(crop.toSource.apply(Box(x: 0, y: 0, width: 300, height: 100)) == Box(x: 50, y: 100, width: 150, height: 50))
        let turned = try crop.rotated(quarterTurns: 1)
        #expect(turned.width == 100 && turned.height == 300)
        #expect(turned.toSource.apply(Box(x: 0, y: 0, width: 100, height: 300)) == Box(x: 50, y: 100, width: 150, height: 50))
        #expect(try turned.rotated(quarterTurns: 3).toSource == crop.toSource)
    }

    @Test("a crop outside the image is an error, not a crash")
    func cropOutside() throws {
        let image = try Image(contentsOf: Fixtures.figure("clean-line.png"))
        #expect(throws: TesseractError.self) { try image.cropped(to: Box(x: 5000, y: 0, width: 10, height: 10)) }
        #expect(throws: TesseractError.self) { try image.scaled(by: 0) }
    }

    @Test("bad bytes give a typed error naming the input")
    func badInput() throws {
        let jpeg = try Data(contentsOf: URL(fileURLWithPath: Fixtures.figure("membranes-12-00775-g005.jpg")))
        let png = try Data(contentsOf: URL(fileURLWithPath: Fixtures.figure("clean-line.png")))
        let cases: [(Data, TesseractError.Code)] = [
            (Data(), .imageEmpty),
            (Data("just some text\n".utf8), .imageUnreadable),
            (jpeg.prefix(jpeg.count / 3), .imageUnreadable),
            (png.prefix(png.count / 3), .imageUnreadable),
        ]
        for (data, code) in cases {
            #expect {
                try Image(data: data, name: "input.jpg")
            } throws: { error in
                guard let error = error as? TesseractError else { return false }
                return error.code == code && error.message.hasPrefix("input.jpg: ")
            }
        }
        #expect {
            try Image(contentsOf: "/nonexistent/figure.jpg")
        } throws: { error in
            (error as? TesseractError)?.code == .imageMissing
        }
    }

    @Test("the size limit is checked from the header, before decoding")
    func tooLarge() throws {
        #expect {
            try Image(contentsOf: Fixtures.figure("clean-line.png"), limits: ImageLimits(maxPixels: 10_000, maxSide: 30_000))
        } throws: { error in
            (error as? TesseractError)?.code == .imageTooLarge && "\(error)".contains("972x158")
        }
        #expect(throws: TesseractError.self) {
            try Image(contentsOf: Fixtures.figure("clean-line.png"), limits: ImageLimits(maxPixels: 10_000_000, maxSide: 500))
        }
    }
}
