import CLeptonicaReplicas
import CTesseract
import Evidence

/// Pixel-level operations used to prepare figures for recognition: levels, sharpening,
/// thresholding, inversion and combining under a mask (painting is `Image+Painting`). Every
/// result is a new image that keeps the
/// source mapping of this one, since none of them moves a pixel.
extension Image {
    /// The photographic negative: dark becomes light (1-bit: set and unset swap).
    public func inverted() throws -> Image {
        try derived(pixInvert(nil, pix), operation: "invert", toThis: .identity)
    }

    /// This 8-bit grey image with its levels stretched: `black` and darker become 0, `white`
    /// and lighter 255, linearly in between.
    public func levels(black: Int, white: Int) throws -> Image {
        try requireDepth(8, for: "stretch the levels of")
        guard black >= 0, white <= 255, black < white else {
            throw TesseractError(.imageOperationFailed, "levels \(black)...\(white) are not an increasing range within 0...255")
        }
        return try derived(pixGammaTRC(nil, pix, 1, Int32(black), Int32(white)), operation: "stretch the levels of", toThis: .identity)
    }

    /// This 8-bit grey image sharpened by unsharp masking: `fraction` of the difference from a
    /// (2 x `halfWidth` + 1)-wide blur is added back, which steepens blurred edges.
    public func sharpened(halfWidth: Int, fraction: Double) throws -> Image {
        try requireDepth(8, for: "sharpen")
        // Leptonica's pixUnsharpMaskingGray, pixel for pixel, a row at a time (CLeptonicaReplicas).
        return try derived(ow_unsharp_mask_gray(pix, Int32(max(1, halfWidth)), Float(fraction)), operation: "sharpen", toThis: .identity)
    }

    /// A 1-bit mask of the pixels of this 8-bit grey image darker than `threshold` (0...256).
    public func binarized(threshold: Int) throws -> Image {
        try requireDepth(8, for: "threshold")
        // Leptonica's pixThresholdToBinary, bit for bit, 32 pixels a step (CLeptonicaReplicas).
        return try derived(ow_threshold_to_binary(pix, Int32(clamping: threshold)), operation: "threshold", toThis: .identity)
    }

    /// This image inside a `pixels`-wide border of `value` (grey level, or 0/1 for 1-bit).
    public func bordered(by pixels: Int, value: UInt32) throws -> Image {
        let n = max(0, pixels)
        return try derived(pixAddBorder(pix, Int32(n), value), operation: "add a border to", toThis: .cropping(atX: -n, y: -n))
    }

    /// A copy of this image in which the pixels set in the 1-bit `mask` come from `other`.
    /// `mask` and `other` are one size, with their top left corner at (`x`, `y`) of this image
    /// (by default the whole image): a region cut out and changed goes back without the rest
    /// of the image being changed too.
    public func replacing(under mask: Image, with other: Image, atX x: Int = 0, y: Int = 0) throws -> Image {
        try mask.requireDepth(1, for: "combine under")
        try mask.requireSameSize(other, depth: depth, for: "combine")
        let copy = try derived(pixCopy(nil, pix), operation: "copy", toThis: .identity)
        guard pixCombineMaskedGeneral(copy.pix, other.pix, mask.pix, Int32(x), Int32(y)) == 0 else {
            throw TesseractError(
                .imageOperationFailed, "Leptonica could not combine a \(other.width)x\(other.height) image under a mask at (\(x), \(y)) of a \(width)x\(height) one"
            )
        }
        return copy
    }

    /// The median grey level of this 8-bit image (0 black, 255 white): the lowest level at or
    /// below which half of the pixels lie.
    public func medianLevel() throws -> Int {
        try requireDepth(8, for: "take the median level of")
        // Leptonica's pixGetRankValue interpolates within a level (a plain grey 90 gives 91).
        guard let histogram = pixGetGrayHistogram(pix, 1) else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not count the levels of a \(width)x\(height) image")
        }
        var owned: UnsafeMutablePointer<NUMA>? = histogram
        defer { numaDestroy(&owned) }
        let half = Float(width * height) / 2
        var below: Float = 0
        for level in 0..<256 {
            var count: Float = 0
            numaGetFValue(histogram, Int32(level), &count)
            below += count
            if below >= half { return level }
        }
        return 255
    }

    /// The number of set pixels of a 1-bit image.
    public func setPixelCount() throws -> Int {
        try requireDepth(1, for: "count the pixels of")
        var count: Int32 = 0
        guard pixCountPixels(pix, &count, nil) == 0 else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not count the pixels of a \(width)x\(height) image")
        }
        return Int(count)
    }

    /// Whether any pixel of this 1-bit image is set: stops at the first set word, where
    /// counting reads every pixel.
    public func hasSetPixels() throws -> Bool {
        try requireDepth(1, for: "look for set pixels in")
        var empty: Int32 = 0
        guard pixZero(pix, &empty) == 0 else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not look for set pixels in a \(width)x\(height) image")
        }
        return empty == 0
    }

    /// The smallest box holding every set pixel of this 1-bit image, in its pixels, or nil
    /// when none is set.
    public func foregroundBounds() throws -> Evidence.Box? {
        try requireDepth(1, for: "bound the set pixels of")
        var bounds: UnsafeMutablePointer<BOX>?
        // Leptonica returns 1 both on failure and for an image with no set pixel; the depth is
        // checked, so only the second is left, and it leaves no box.
        _ = pixClipBoxToForeground(pix, nil, nil, &bounds)
        guard bounds != nil else { return nil }
        defer { boxDestroy(&bounds) }
        var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
        boxGetGeometry(bounds, &x, &y, &w, &h)
        return Evidence.Box(x: Int(x), y: Int(y), width: Int(w), height: Int(h))
    }

    /// Throws unless this image has `expected` bits per pixel.
    func requireDepth(_ expected: Int, for operation: String) throws {
        guard depth == expected else {
            throw TesseractError(.imageOperationFailed, "cannot \(operation) a \(depth)-bit image (needs \(expected)-bit)")
        }
    }

    /// Throws unless `other` has this image's size and `depth` bits per pixel.
    func requireSameSize(_ other: Image, depth expected: Int, for operation: String) throws {
        guard other.width == width, other.height == height, other.depth == expected else {
            throw TesseractError(
                .imageOperationFailed,
                "cannot \(operation) a \(width)x\(height) image with a \(other.width)x\(other.height) \(other.depth)-bit one (needs the same size, \(expected)-bit)"
            )
        }
    }
}
