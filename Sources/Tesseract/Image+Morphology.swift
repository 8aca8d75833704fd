import CLeptonicaReplicas
import CTesseract
import Evidence

/// Binary morphology with rectangular structuring elements, on 1-bit images: the tools for
/// finding ruling lines (long thin openings) and solid fills (openings wider than a stroke).
///
/// Each brick is Leptonica's composite of a small brick and a comb, which costs about the
/// square root of the rasterops of the plain brick: on upscaled figures the plain bricks (tens
/// of pixels long) were an eighth of the `figure` recipe's time. A side that does not factor is
/// rounded to the nearest composable size (a pixel or two). The composites ran as Leptonica's
/// DWA code (whole words a step), which cut `prepare` over 20 dev-set figures from 7.9 to 7.0
/// s and changed a few edge pixels and no measured recall; they now run as CLeptonicaReplicas'
/// `ow_open_brick`, `ow_close_brick` and `ow_dilate_brick`: the DWA code's pixels, each row
/// walked run of set pixels by run and the columns done by doubling, with no bordered copies
/// (on `WP2849.jpg` 3.7 % of the process where the DWA code took 13.5 %).
extension Image {
    /// Keeps only the set pixels covered by some `width` x `height` rectangle of set pixels.
    public func opened(width w: Int, height h: Int) throws -> Image {
        try requireDepth(1, for: "open")
        return try derived(ow_open_brick(pix, Int32(max(1, w)), Int32(max(1, h))), operation: "open", toThis: .identity)
    }

    /// Fills gaps narrower than `width` x `height` (safe at the borders).
    public func closed(width w: Int, height h: Int) throws -> Image {
        try requireDepth(1, for: "close")
        return try derived(ow_close_brick(pix, Int32(max(1, w)), Int32(max(1, h))), operation: "close", toThis: .identity)
    }

    /// Grows every set region by a `width` x `height` rectangle.
    public func dilated(width w: Int, height h: Int) throws -> Image {
        try requireDepth(1, for: "dilate")
        return try derived(ow_dilate_brick(pix, Int32(max(1, w)), Int32(max(1, h))), operation: "dilate", toThis: .identity)
    }

    /// The pixels set in this 1-bit image or in `other`.
    public func union(_ other: Image) throws -> Image {
        try combined(with: other, operation: "unite") { pixOr(nil, $0, $1) }
    }

    /// The pixels set in both this 1-bit image and `other`.
    public func intersecting(_ other: Image) throws -> Image {
        try combined(with: other, operation: "intersect") { pixAnd(nil, $0, $1) }
    }

    /// The pixels set in this 1-bit image and not in `other`.
    public func subtracting(_ other: Image) throws -> Image {
        try combined(with: other, operation: "subtract") { pixSubtract(nil, $0, $1) }
    }

    /// The connected components (8-connected) of this 1-bit image that `seed` touches, whole.
    public func components(touchedBy seed: Image) throws -> Image {
        // Seed filling grows the seed inside this mask, so it never leaves a touched component.
        try combined(with: seed, operation: "seed-fill") { mask, seed in pixSeedfillBinary(nil, seed, mask, 8) }
    }

    /// `make(self.pix, other.pix)` as a new image, once both are 1-bit and of one size.
    private func combined(
        with other: Image, operation: String,
        _ make: (UnsafeMutablePointer<PIX>, UnsafeMutablePointer<PIX>) -> UnsafeMutablePointer<PIX>?
    ) throws -> Image {
        try requireDepth(1, for: operation)
        try requireSameSize(other, depth: 1, for: operation)
        return try derived(make(pix, other.pix), operation: operation, toThis: .identity)
    }
}
