import Evidence
import Tesseract

/// Finds where vertical labels may be: what is left of the ink once the words already read are
/// erased, joined along columns, in columns about one text line wide and several capitals tall.
///
/// Reading only these crops, turned both ways, costs a fraction of reading the whole figure
/// turned twice, and finds the same labels.
public struct VerticalTextFinder: Sendable {
    /// Cap height of the prepared image's text, in its pixels.
    public let capHeight: Double

    /// A finder for text about `capHeight` pixels tall.
    public init(capHeight: Double) {
        self.capHeight = capHeight
    }

    /// Grey levels below this are ink.
    static let inkThreshold = 160

    /// Regions (in `remainder`'s pixels, margin included) that may hold a line of vertical text.
    public func candidates(in remainder: Image) throws -> [Box] {
        let join = max(3, Int((capHeight * 0.8).rounded()))
        let columns = try remainder.binarized(threshold: Self.inkThreshold).closed(width: 1, height: join).componentBoxes()
        let margin = max(2, Int((capHeight / 2).rounded()))
        return Self.verticalLines(columns, capHeight: capHeight).map {
            Box(x: $0.x - margin, y: $0.y - margin, width: $0.width + 2 * margin, height: $0.height + 2 * margin)
        }
    }

    /// The boxes shaped like a vertical line of text: at least three capitals long, as wide as
    /// one to three lines, and taller than wide.
    public static func verticalLines(_ boxes: [Box], capHeight: Double) -> [Box] {
        boxes.filter { box in
            Double(box.height) >= 3 * capHeight && Double(box.width) >= 0.6 * capHeight
                && Double(box.width) <= 3.5 * capHeight && box.height >= 2 * box.width
        }
    }
}
