import Evidence
import Tesseract

/// A figure made ready for recognition: the cleaned grey image (its `toSource` maps back to the
/// decoded figure), what was measured on the way, and the outlined boxes found.
public struct PreparedFigure {
    /// The image the prepared passes read.
    public let image: Image
    /// The estimated cap height of the figure's text in source pixels, nil when unknown.
    public let capHeight: Double?
    /// The factor the figure was scaled by.
    public let scale: Double
    /// Interiors of outlined boxes, in the prepared image's pixels.
    public let boxInteriors: [Box]

    /// Cap height assumed when the figure has too few glyphs to measure.
    public static let assumedCapHeight = 30.0

    /// The cap height of the text in the prepared image's pixels.
    public var workingCapHeight: Double { (capHeight ?? Self.assumedCapHeight) * scale }

    /// True when the capitals of the prepared image fall more than a pixel short of `target`
    /// (px): the figure could be scaled no further (`Preparation.maxScale`, or the pixel budget
    /// of a large figure), so what reads the prepared image reads it below the engine's sweet
    /// spot. False when there is no target or the cap height was not measured.
    public func fallsShort(ofCapHeight target: Double?) -> Bool {
        Self.fallsShort(capHeight: capHeight, scale: scale, target: target)
    }

    /// `fallsShort(ofCapHeight:)` of a figure with capitals `capHeight` px high scaled by `scale`.
    static func fallsShort(capHeight: Double?, scale: Double, target: Double?) -> Bool {
        guard let capHeight, let target else { return false }
        return capHeight * scale < target - 1
    }
}
