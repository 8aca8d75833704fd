import CTesseract
import Evidence

/// Connected components of 1-bit images: the boxes of glyphs, outlines and fills.
extension Image {
    /// Which neighbours join two set pixels into one component.
    public enum Connectivity: Int32, Sendable {
        /// Left, right, up and down.
        case four = 4
        /// The four plus the diagonals.
        case eight = 8
    }

    /// The bounding box of every connected component of this 1-bit image, in THIS image's
    /// pixels (map them with `toSource` for the source image), in Leptonica's scan order.
    public func componentBoxes(connectivity: Connectivity = .eight) throws -> [Evidence.Box] {
        try requireDepth(1, for: "find the components of")
        guard let boxes = pixConnCompBB(pix, connectivity.rawValue) else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not find the components of a \(width)x\(height) image")
        }
        var owned: UnsafeMutablePointer<BOXA>? = boxes
        defer { boxaDestroy(&owned) }
        let count = boxaGetCount(boxes)
        var result: [Evidence.Box] = []
        result.reserveCapacity(Int(max(0, count)))
        for index in 0..<max(0, count) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h) == 0 else { continue }
            result.append(Evidence.Box(x: Int(x), y: Int(y), width: Int(w), height: Int(h)))
        }
        return result
    }

    /// The holes of this 1-bit image: the unset pixels that no path of unset pixels (stepping
    /// left, right, up or down) joins to the image's border, i.e. the insides of closed
    /// outlines, without whatever is drawn inside them.
    public func holes() throws -> Image {
        try requireDepth(1, for: "find the holes of")
        return try derived(pixHolesByFilling(pix, 4), operation: "find the holes of", toThis: .identity)
    }
}
