/// An axis-aligned pixel rectangle: left, top, width, height, in the pixels of some image.
public struct Box: Hashable, Sendable, Codable {
    /// Left edge (first column inside the box).
    public var x: Int
    /// Top edge (first row inside the box).
    public var y: Int
    /// Width in pixels; never negative.
    public var width: Int
    /// Height in pixels; never negative.
    public var height: Int

    /// A box from its left, top, width and height.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A box from two corners, the second exclusive, as Tesseract reports them.
    public init(left: Int, top: Int, right: Int, bottom: Int) {
        self.init(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    /// Width times height.
    public var area: Int { width * height }

    /// The overlap of two boxes, or nil when they do not overlap.
    public func intersection(_ other: Box) -> Box? {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return nil }
        return Box(left: left, top: top, right: right, bottom: bottom)
    }

    /// This box grown by `dx` pixels on the left and on the right and `dy` above and below
    /// (a margin around a word or region; negative values shrink it).
    public func expanded(byX dx: Int, y dy: Int) -> Box {
        Box(x: x - dx, y: y - dy, width: width + 2 * dx, height: height + 2 * dy)
    }

    /// This box grown by `margin` pixels on every side.
    public func expanded(by margin: Int) -> Box {
        expanded(byX: margin, y: margin)
    }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(left: min(x, other.x), top: min(y, other.y), right: max(maxX, other.maxX), bottom: max(maxY, other.maxY))
    }

    /// Intersection over union, 0 when disjoint or both empty.
    public func overlapRatio(_ other: Box) -> Double {
        guard let overlap = intersection(other) else { return 0 }
        let unionArea = area + other.area - overlap.area
        return unionArea > 0 ? Double(overlap.area) / Double(unionArea) : 0
    }

    /// True when the box lies inside a `width` x `height` image.
    public func isInside(width imageWidth: Int, height imageHeight: Int) -> Bool {
        x >= 0 && y >= 0 && maxX <= imageWidth && maxY <= imageHeight
    }
}
