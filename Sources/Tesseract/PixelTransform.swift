import Evidence

/// An affine map from the continuous pixel coordinates of a derived image (scaled, cropped,
/// rotated by quarter turns) back to those of the source image it was made from.
///
/// Coordinates are pixel *edges*, not centres, so a box `[left, right)` maps to a box exactly:
/// a 90-degree turn of a `w`x`h` image sends the edge point (X, Y) to (h - Y, X).
public struct PixelTransform: Hashable, Sendable {
    // source = [a b; d e] * derived + [c; f]
    var a: Double, b: Double, c: Double
    var d: Double, e: Double, f: Double

    /// The transform of an image to itself.
    public static let identity = PixelTransform(a: 1, b: 0, c: 0, d: 0, e: 1, f: 0)

    /// Maps a point of the derived image to the source image.
    public func apply(x: Double, y: Double) -> (x: Double, y: Double) {
        (a * x + b * y + c, d * x + e * y + f)
    }

    /// Maps a box of the derived image to the source image, rounding to whole pixels.
    public func apply(_ box: Evidence.Box) -> Box {
        let p = apply(x: Double(box.x), y: Double(box.y))
        let q = apply(x: Double(box.maxX), y: Double(box.maxY))
        // The mapped corners may come out in any order after a rotation.
        return Evidence.Box(
            left: Int(min(p.x, q.x).rounded()), top: Int(min(p.y, q.y).rounded()),
            right: Int(max(p.x, q.x).rounded()), bottom: Int(max(p.y, q.y).rounded())
        )
    }

    /// First `inner` (derived -> intermediate), then `self` (intermediate -> source).
    public func after(_ inner: PixelTransform) -> PixelTransform {
        PixelTransform(
            a: a * inner.a + b * inner.d, b: a * inner.b + b * inner.e, c: a * inner.c + b * inner.f + c,
            d: d * inner.a + e * inner.d, e: d * inner.b + e * inner.e, f: d * inner.c + e * inner.f + f
        )
    }

    /// The map the other way (source -> derived), or nil when this map squashes an axis.
    public var inverse: PixelTransform? {
        let det = a * e - b * d
        guard det != 0, det.isFinite else { return nil }
        let ia = e / det, ib = -b / det, id = -d / det, ie = a / det
        return PixelTransform(a: ia, b: ib, c: -(ia * c + ib * f), d: id, e: ie, f: -(id * c + ie * f))
    }

    /// The map from an image scaled to `scaledWidth` x `scaledHeight` back to `width` x `height`.
    public static func scaling(
        fromWidth width: Int, height: Int, toWidth scaledWidth: Int, height scaledHeight: Int
    ) -> PixelTransform {
        let sx = Double(width) / Double(max(1, scaledWidth))
        let sy = Double(height) / Double(max(1, scaledHeight))
        return PixelTransform(a: sx, b: 0, c: 0, d: 0, e: sy, f: 0)
    }

    /// The map from a crop whose top-left corner sat at (`x`, `y`) back to the uncropped image.
    public static func cropping(atX x: Int, y: Int) -> PixelTransform {
        PixelTransform(a: 1, b: 0, c: Double(x), d: 0, e: 1, f: Double(y))
    }

    /// The map from an image turned clockwise by `quarterTurns` x 90 degrees back to the
    /// unturned `width` x `height` image.
    public static func rotation(quarterTurns: Int, width: Int, height: Int) -> PixelTransform {
        let w = Double(width), h = Double(height)
        switch ((quarterTurns % 4) + 4) % 4 {
        case 1:  // rotated (X, Y) came from source (Y, h - X)
            return PixelTransform(a: 0, b: 1, c: 0, d: -1, e: 0, f: h)
        case 2:
            return PixelTransform(a: -1, b: 0, c: w, d: 0, e: -1, f: h)
        case 3:  // rotated (X, Y) came from source (w - Y, X)
            return PixelTransform(a: 0, b: -1, c: w, d: 1, e: 0, f: 0)
        default:
            return .identity
        }
    }
}
