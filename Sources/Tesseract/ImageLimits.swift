/// Bounds checked on an image's header before its pixels are decoded, so that a hostile or
/// mistaken file cannot make the process allocate gigabytes.
public struct ImageLimits: Hashable, Sendable {
    /// Largest accepted width times height.
    public var maxPixels: Int
    /// Largest accepted width or height.
    public var maxSide: Int

    /// Limits from their two numbers.
    public init(maxPixels: Int, maxSide: Int) {
        self.maxPixels = maxPixels
        self.maxSide = maxSide
    }

    /// 50 megapixels and 30,000 px a side: well above any journal figure (PMC's full-size
    /// figures are a few thousand pixels wide) and well below what exhausts memory.
    public static let `default` = ImageLimits(maxPixels: 50_000_000, maxSide: 30_000)
}
