import Tesseract

/// The preprocessing steps of a recipe, each switchable on its own so their effect can be
/// measured (see `Recipe.without(_:)`).
public struct Preparation: Hashable, Sendable {
    /// Cap height in pixels that text is scaled to, or nil to keep the figure's own size.
    public var targetCapHeight: Double?
    /// Largest upscaling factor: past it, text too small to read only gets blurrier and costlier.
    public var maxScale: Double = 4
    /// Whether filled shapes are stretched to white, each by its own level (a grey or coloured
    /// expanse reads as a picture to Tesseract's layout analysis, which drops the text on it);
    /// a mid-tone fill with light text on it is turned over first.
    public var whitenFills: Bool
    /// Whether dark filled regions are inverted, so white labels on them become dark on light.
    public var invertDarkRegions: Bool
    /// Whether long horizontal and vertical strokes (ruling lines, box outlines) are erased, the
    /// outlines of ovals and other closed shapes with letters inside, and flat marks with no
    /// letter beside them (the dashes of dashed lines).
    public var removeLines: Bool
    /// Share of unsharp masking applied last, or nil for none.
    public var sharpening: Double?

    /// Steps from their parts.
    public init(
        targetCapHeight: Double?, whitenFills: Bool, invertDarkRegions: Bool, removeLines: Bool, sharpening: Double? = nil
    ) {
        self.targetCapHeight = targetCapHeight
        self.whitenFills = whitenFills
        self.invertDarkRegions = invertDarkRegions
        self.removeLines = removeLines
        self.sharpening = sharpening
    }

    /// No preprocessing: plain luminance grey at the figure's own size.
    public static let none = Preparation(targetCapHeight: nil, whitenFills: false, invertDarkRegions: false, removeLines: false)

    /// The figure recipe's steps: capitals scaled to 28 px, filled shapes of any colour
    /// stretched to white by their own luminance, dark fills inverted, lines erased, edges
    /// sharpened by 0.3. Capitals of 24 or 36 px read less on both the JPEG renderings and the
    /// journal figures of the dev set. Between, the journal figures read 607, 610, 601, 621 and
    /// 616 of 1078 PFOCR gene words at 27 to 31 px, and the renderings within 3 labels of each
    /// other at 28 and 30; 28 px takes 6% fewer instructions than 30 (44,501 M against
    /// 47,537 M over `scripts/count-instructions`' figures), which brings the recipe under 4
    /// times `fast`'s.
    public static let full = Preparation(targetCapHeight: 28, whitenFills: true, invertDarkRegions: true, removeLines: true, sharpening: 0.3)

    /// Step names as used by `Recipe.without(_:)`.
    public enum Step: String, CaseIterable, Sendable {
        /// Scaling to the target cap height.
        case scale
        /// Stretching fills to white.
        case fills
        /// Inversion of dark regions.
        case invert
        /// Line and outline removal.
        case lines
        /// Unsharp masking.
        case sharpen
    }

    /// These steps with `step` switched off.
    public func without(_ step: Step) -> Preparation {
        var copy = self
        switch step {
        case .scale: copy.targetCapHeight = nil
        case .fills: copy.whitenFills = false
        case .invert: copy.invertDarkRegions = false
        case .lines: copy.removeLines = false
        case .sharpen: copy.sharpening = nil
        }
        return copy
    }
}
