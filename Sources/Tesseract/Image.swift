import CImageResampling
import CLeptonicaReplicas
import CTesseract
import Evidence
import Foundation

/// A decoded image: owns one Leptonica `Pix` and knows how its pixels map back to the source
/// image it was derived from, so words read on a variant land in source pixels.
///
/// Its pixels change only through `Image.paint(…, on:)`, and only while one variable holds it
/// and nothing else shares its `Pix` (copy on write, `Image+Painting`): whoever holds an image
/// never sees it change.
///
/// Not `Sendable`: a `Pix` is reference-counted without locks, so an image stays on the thread
/// (or task) that made it.
public final class Image {
    /// The owned Leptonica image; destroyed exactly once, in `deinit`.
    let pix: UnsafeMutablePointer<PIX>
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Bits per pixel (1, 2, 4, 8, 16 or 32).
    public let depth: Int
    /// Maps this image's pixel coordinates back to the source image's.
    public let toSource: PixelTransform

    /// The whole image as a box in its own pixels.
    public var bounds: Evidence.Box { Evidence.Box(x: 0, y: 0, width: width, height: height) }

    /// Takes ownership of `pix`; `toSource` says where it came from.
    init(owning pix: UnsafeMutablePointer<PIX>, toSource: PixelTransform) {
        self.pix = pix
        var w: Int32 = 0, h: Int32 = 0, d: Int32 = 0
        pixGetDimensions(pix, &w, &h, &d)
        self.width = Int(w)
        self.height = Int(h)
        self.depth = Int(d)
        self.toSource = toSource
    }

    deinit {
        var owned: UnsafeMutablePointer<PIX>? = pix
        pixDestroy(&owned)
    }

    /// Decodes the image file at `path` (JPEG, PNG, TIFF, GIF, WebP, BMP, PNM), checking its
    /// header against `limits` first.
    public convenience init(contentsOf path: String, limits: ImageLimits = .default, decoding: ImageDecoding = .stored) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw TesseractError(.imageMissing, "\(path): no such file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TesseractError(.imageMissing, "\(path): cannot be read (\(error.localizedDescription))")
        }
        try self.init(data: data, name: path, limits: limits, decoding: decoding)
    }

    /// Decodes an image from its encoded bytes; `name` is used in error messages.
    public convenience init(data: Data, name: String = "image", limits: ImageLimits = .default, decoding: ImageDecoding = .stored) throws {
        try self.init(data: data, name: name, limits: limits, decoding: decoding, pngReader: .rows)
    }

    /// Decodes with the PNG reader named (tests compare the two).
    init(data: Data, name: String, limits: ImageLimits, decoding: ImageDecoding, pngReader: ImageDecoder.PNGReader) throws {
        let pix = try ImageDecoder(name: name, limits: limits, decoding: decoding, pngReader: pngReader).decode(data)
        self.pix = pix
        var w: Int32 = 0, h: Int32 = 0, d: Int32 = 0
        pixGetDimensions(pix, &w, &h, &d)
        self.width = Int(w)
        self.height = Int(h)
        self.depth = Int(d)
        self.toSource = .identity
    }

    /// Wraps the result of a Leptonica operation, or throws when it returned NULL.
    func derived(
        _ result: UnsafeMutablePointer<PIX>?, operation: String, toThis: PixelTransform
    ) throws -> Image {
        guard let result else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not \(operation) a \(width)x\(height) image")
        }
        return Image(owning: result, toSource: toSource.after(toThis))
    }

    /// This image scaled by `factor` in both directions (area-averaged when shrinking).
    public func scaled(by factor: Double) throws -> Image {
        guard factor > 0, factor.isFinite else {
            throw TesseractError(.imageOperationFailed, "cannot scale an image by \(factor)")
        }
        // Leptonica's pixScale, pixel for pixel, with a faster grey upscaling (CLeptonicaReplicas).
        return try derivedByScaling(ow_scale(pix, Float(factor)), operation: "scale by \(factor)")
    }

    /// This 8-bit grey image enlarged by `factor` (more than 1) with a Lanczos filter (3 lobes;
    /// CImageResampling): no kink in its edges at each source pixel, as `scaled(by:)`'s linear
    /// interpolation leaves, at the same size and source mapping. Throws for other depths, a
    /// colormap or a factor of 1 or less.
    public func lanczosScaled(by factor: Double) throws -> Image {
        guard depth == 8, pixGetColormap(pix) == nil, factor > 1, factor.isFinite else {
            throw TesseractError(.imageOperationFailed, "cannot enlarge a \(depth)-bit image by \(factor) with the Lanczos filter (8-bit grey, more than 1)")
        }
        return try derivedByScaling(ow_lanczos_scale(pix, Float(factor)), operation: "enlarge by \(factor)")
    }

    /// Wraps a scaling's result, mapped back by the ratio of its size to this image's.
    private func derivedByScaling(_ result: UnsafeMutablePointer<PIX>?, operation: String) throws -> Image {
        var w: Int32 = 0, h: Int32 = 0
        if let result { pixGetDimensions(result, &w, &h, nil) }
        return try derived(result, operation: operation, toThis: .scaling(fromWidth: width, height: height, toWidth: Int(w), height: Int(h)))
    }

    /// This image as 8-bit grey (luminance for colour images).
    public func grayscale() throws -> Image {
        if depth == 8 { return try derived(pixClone(pix), operation: "clone", toThis: .identity) }
        return try derived(pixConvertTo8(pix, 0), operation: "convert to grey", toThis: .identity)
    }

    /// The part of this image inside `box` (clipped to the image).
    public func cropped(to box: Evidence.Box) throws -> Image {
        guard let clip = Evidence.Box(left: max(0, box.x), top: max(0, box.y),
                             right: min(width, box.maxX), bottom: min(height, box.maxY)).nonEmpty,
              let region = boxCreate(Int32(clip.x), Int32(clip.y), Int32(clip.width), Int32(clip.height))
        else {
            throw TesseractError(.imageOperationFailed, "crop box \(box) lies outside the \(width)x\(height) image")
        }
        var owned: UnsafeMutablePointer<BOX>? = region
        defer { boxDestroy(&owned) }
        return try derived(
            pixClipRectangle(pix, region, nil), operation: "crop to \(clip)",
            toThis: .cropping(atX: clip.x, y: clip.y)
        )
    }

    /// This image with its top left corner at (`x`, `y`) of a blank `width` x `height` image
    /// (unset for 1-bit, black otherwise), cut where it reaches past it: a crop worked on
    /// alone and put back in its place.
    public func placed(atX x: Int, y: Int, inBlankOfWidth width: Int, height: Int) throws -> Image {
        guard width > 0, height > 0 else {
            throw TesseractError(.imageOperationFailed, "cannot place a \(self.width)x\(self.height) image in a \(width)x\(height) one")
        }
        let placed = try derived(pixCreate(Int32(width), Int32(height), Int32(depth)), operation: "make a blank page for", toThis: .cropping(atX: -x, y: -y))
        guard pixRasterop(placed.pix, Int32(x), Int32(y), Int32(self.width), Int32(self.height), PIX_SRC, pix, 0, 0) == 0 else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not place a \(self.width)x\(self.height) image at (\(x), \(y)) of a \(width)x\(height) one")
        }
        return placed
    }

    /// This image turned clockwise by `quarterTurns` x 90 degrees.
    public func rotated(quarterTurns: Int) throws -> Image {
        let turns = ((quarterTurns % 4) + 4) % 4
        return try derived(
            pixRotateOrth(pix, Int32(turns)), operation: "rotate by \(turns * 90) degrees",
            toThis: .rotation(quarterTurns: turns, width: width, height: height)
        )
    }

    /// Lossless encodings this wrapper writes (for debugging, tests and fixtures).
    public enum Encoding: Sendable {
        /// PNG.
        case png
        /// TIFF with LZW compression.
        case tiff
    }

    /// The image encoded in `encoding`.
    public func encoded(as encoding: Encoding) throws -> Data {
        var bytes: UnsafeMutablePointer<UInt8>? = nil
        var size = 0
        // PNG through pixWriteMemPng, not pixWriteMem: the executable's pixWriteMem stores
        // Tesseract's in-memory PNGs uncompressed (CLineImageStore), which files should not be.
        let status = switch encoding {
        case .png: pixWriteMemPng(&bytes, &size, pix, 0)
        case .tiff: pixWriteMem(&bytes, &size, pix, Int32(IFF_TIFF_LZW))
        }
        guard status == 0, let bytes else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not encode a \(width)x\(height) image as \(encoding)")
        }
        defer { lept_free(bytes) }
        return Data(bytes: bytes, count: size)
    }
}

extension Evidence.Box {
    /// The box itself when it has an area, nil when it is empty.
    fileprivate var nonEmpty: Evidence.Box? { width > 0 && height > 0 ? self : nil }
}
