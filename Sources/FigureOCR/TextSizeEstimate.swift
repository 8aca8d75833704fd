import Evidence

/// Estimates how tall a figure's capitals are from the boxes of its dark connected components,
/// because DPI metadata of web figures says nothing about the size of their text.
///
/// Glyph-shaped components (at least `minimumHeight` tall, at most a quarter of the image, not
/// much wider than tall) are mostly single characters; the upper half of their heights is
/// capitals, digits and ascenders, so its median is a fair cap height even in lower-case text.
public enum TextSizeEstimate {
    /// Shortest component counted as a glyph: smaller ones are noise, dots and dashes.
    public static let minimumHeight = 4
    /// Fewest glyph-shaped components for an estimate; below it the figure is left unscaled.
    public static let minimumGlyphs = 8

    /// The estimated cap height in pixels, or nil when too few components look like glyphs.
    public static func capHeight(of components: [Box], imageHeight: Int) -> Double? {
        let tallest = max(minimumHeight, imageHeight / 4)
        let heights = components.compactMap { box -> Int? in
            guard box.height >= minimumHeight, box.height <= tallest else { return nil }
            // Thin strokes (I, l, 1) are narrow; joined letters at small sizes can be wide.
            guard box.width * 10 >= box.height, box.width <= box.height * 2 else { return nil }
            return box.height
        }.sorted()
        guard heights.count >= minimumGlyphs else { return nil }
        let upperHalf = heights[(heights.count / 2)...]
        return Double(upperHalf[upperHalf.startIndex + upperHalf.count / 2])
    }

    /// The factor that scales `capHeight` to `target`, clamped to `range` and snapped to 1 when
    /// within 15 % of it (resampling for nothing only blurs).
    public static func scaleFactor(capHeight: Double?, target: Double, range: ClosedRange<Double>) -> Double {
        guard let capHeight, capHeight > 0 else { return 1 }
        let factor = min(max(target / capHeight, range.lowerBound), range.upperBound)
        return abs(factor - 1) < 0.15 ? 1 : factor
    }
}
