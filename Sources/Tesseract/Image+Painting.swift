import CLeptonicaReplicas
import CTesseract
import Evidence

/// Painting pixels of an image: a level under a mask or in boxes, or another image's pixels
/// (or its own) turned over. Each has two forms: a copy of this image painted, and the image a
/// variable holds painted in place, copied first only when anything else refers to it or to its
/// Leptonica image (copy on write), so no holder of an image ever sees it change. The figure
/// recipe's preparation paints one page up to four times over (fills whitened, with
/// `Image.whiten`; dark fills turned over, lines and stray dashes erased); each copy of the
/// upscaled page is tens of megabytes, and in a profile of `WP2849.jpg` the four paints' copies
/// took 4.2 % of the process (before any was in place).
extension Image {
    /// A copy of this 8-bit grey image with every pixel set in the 1-bit `mask` painted `value`.
    public func painted(_ value: UInt8, under mask: Image) throws -> Image {
        var copy = self
        try Image.paint(value, under: mask, on: &copy)
        return copy
    }

    /// A copy of this 8-bit grey or 1-bit image with the rectangles `boxes` (in this image's
    /// pixels, clipped to it) painted `value` (a grey level, or 0 or 1 for 1-bit).
    public func painted(_ value: UInt8, in boxes: [Evidence.Box]) throws -> Image {
        var copy = self
        try Image.paint(value, in: boxes, on: &copy)
        return copy
    }

    /// A copy of this 8-bit grey image in which every pixel set in the 1-bit `mask` takes
    /// `source`'s pixel there turned over and stretched so that `white` and lighter become 255:
    /// `replacing(under: mask, with: source.inverted().levels(black: 0, white: white))`, in one
    /// pass over the mask's set pixels (CLeptonicaReplicas' `ow_paint_mapped`, through the map
    /// `ow_turned_levels` reads from Leptonica) instead of three whole images made and combined.
    public func replacing(under mask: Image, withTurnedOver source: Image, white: Int) throws -> Image {
        var copy = self
        try Image.paint(turnedOver: source, white: white, under: mask, on: &copy)
        return copy
    }

    /// `painted(value, under: mask)`, in place on `image` when nothing else refers to it.
    public static func paint(_ value: UInt8, under mask: Image, on image: inout Image) throws {
        try image.requireDepth(8, for: "paint")
        try image.requireSameSize(mask, depth: 1, for: "paint")
        try ownUniquely(&image)
        guard ow_set_masked(image.pix, mask.pix, UInt32(value)) == 0 else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not paint under a mask on a \(image.width)x\(image.height) image")
        }
    }

    /// `painted(value, in: boxes)`, in place on `image` when nothing else refers to it.
    public static func paint(_ value: UInt8, in boxes: [Evidence.Box], on image: inout Image) throws {
        if image.depth != 1 { try image.requireDepth(8, for: "paint") }
        guard image.depth != 1 || value <= 1 else {
            throw TesseractError(.imageOperationFailed, "cannot paint \(value) on a 1-bit image (0 or 1)")
        }
        try ownUniquely(&image)
        for box in boxes {
            guard let clip = box.intersection(image.bounds),
                  let region = boxCreate(Int32(clip.x), Int32(clip.y), Int32(clip.width), Int32(clip.height))
            else { continue }
            var owned: UnsafeMutablePointer<BOX>? = region
            defer { boxDestroy(&owned) }
            guard pixSetInRectArbitrary(image.pix, region, UInt32(value)) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not paint \(clip) on a \(image.width)x\(image.height) image")
            }
        }
    }

    /// `replacing(under: mask, withTurnedOver: source, white: white)`, in place on `image` when
    /// nothing else refers to it.
    public static func paint(turnedOver source: Image, white: Int, under mask: Image, on image: inout Image) throws {
        try image.requireSameSize(source, depth: 8, for: "combine")
        try paintTurnedOver(source, white: white, under: mask, on: &image)
    }

    /// `image`'s own pixels under `mask` turned over and stretched so that `white` and lighter
    /// become 255, in place when nothing else refers to it: `paint(turnedOver: image, …)`
    /// without the second holder of the image that would make that paint copy the page first.
    public static func turnOver(under mask: Image, white: Int, on image: inout Image) throws {
        try paintTurnedOver(nil, white: white, under: mask, on: &image)
    }

    /// The level each level becomes when turned over and stretched so that `white` and lighter
    /// become 255 (`ow_turned_levels`); `white` must be within 1...255.
    static func turnedLevels(white: Int) throws -> [UInt8] {
        guard (1...255).contains(white) else {
            throw TesseractError(.imageOperationFailed, "white point \(white) is not within 1...255")
        }
        var levels = [UInt8](repeating: 0, count: 256)
        guard ow_turned_levels(Int32(white), &levels) == 0 else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not turn over and stretch a ramp of levels to white \(white)")
        }
        return levels
    }

    /// Under `mask`, `image` takes `source`'s pixels (its own when nil) turned over and
    /// stretched to `white`.
    private static func paintTurnedOver(_ source: Image?, white: Int, under mask: Image, on image: inout Image) throws {
        try image.requireDepth(8, for: "turn over")
        try image.requireSameSize(mask, depth: 1, for: "turn over under")
        let levels = try turnedLevels(white: white)
        try ownUniquely(&image)
        guard ow_paint_mapped(image.pix, source?.pix ?? image.pix, mask.pix, 0, 0, levels) == 0 else {
            throw TesseractError(.imageOperationFailed, "could not turn over a \(image.width)x\(image.height) image under a mask")
        }
    }

    /// True when `image` is the only reference to its object and that object the only holder
    /// of its Leptonica image (`grayscale()` of a grey image shares it, by `pixClone`).
    static func isUniquelyOwned(_ image: inout Image) -> Bool {
        isKnownUniquelyReferenced(&image) && pixGetRefcount(image.pix) == 1
    }

    /// Leaves `image` as it is when it is uniquely owned, else makes it a copy: after this,
    /// changing its pixels changes nothing anyone else holds.
    static func ownUniquely(_ image: inout Image) throws {
        if isUniquelyOwned(&image) { return }
        image = try image.derived(pixCopy(nil, image.pix), operation: "copy", toThis: .identity)
    }
}
