import Evidence
import Tesseract

/// Finds where vertical labels may be: what is left of the ink once the words already read are
/// erased, joined along columns, in columns about one text line wide and several capitals tall,
/// most of whose length is covered by marks as wide as a glyph lying on its side.
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
    /// A mark at least this many cap heights wide (across the column) may be a glyph: a letter
    /// turned on its side is about a cap height wide, a turned `I` or `l` included, while the
    /// dashes and shaft of a vertical rule or arrow are a stroke wide.
    static let glyphWidthInCapHeights = 0.4
    /// Share of a column's length that such marks must cover. Turned words are letters with
    /// small gaps; the columns of dashed lines, arrows and rules that the erasing leaves are
    /// covered only where a tick or an arrowhead crosses them, and were read as junk (`----`,
    /// `EEE`). On the dev set this leaves out 322 of 712 columns on the WikiPathways JPEGs,
    /// 256 of 678 on the PNGs and 79 of 377 on the journal figures, and the JPEGs take 7% less
    /// time; recall moves by no more than a change of any page of crops does (a few labels).
    static let glyphCoverage = 0.5

    /// Regions (in `remainder`'s pixels, margin included) that may hold a line of vertical text.
    public func candidates(in remainder: Image) throws -> [Box] {
        let join = max(3, Int((capHeight * 0.8).rounded()))
        let ink = try remainder.binarized(threshold: Self.inkThreshold)
        let columns = try ink.closed(width: 1, height: join).componentBoxes()
        let margin = max(2, Int((capHeight / 2).rounded()))
        return try Self.verticalLines(columns, capHeight: capHeight).filter { column in
            try Self.holdsGlyphs(ink.cropped(to: column).componentBoxes(), length: column.height, capHeight: capHeight)
        }.map { $0.expanded(by: margin) }
    }

    /// The boxes shaped like a vertical line of text: at least three capitals long, as wide as
    /// one to three lines, and taller than wide.
    public static func verticalLines(_ boxes: [Box], capHeight: Double) -> [Box] {
        boxes.filter { box in
            Double(box.height) >= 3 * capHeight && Double(box.width) >= 0.6 * capHeight
                && Double(box.width) <= 3.5 * capHeight && box.height >= 2 * box.width
        }
    }

    /// Whether those of a column's connected components (`marks`) at least
    /// `glyphWidthInCapHeights` wide cover `glyphCoverage` of its `length` (its height).
    static func holdsGlyphs(_ marks: [Box], length: Int, capHeight: Double) -> Bool {
        let spans = marks.filter { Double($0.width) >= glyphWidthInCapHeights * capHeight }
            .map { ($0.y, $0.maxY) }.sorted { $0.0 < $1.0 }
        var covered = 0, end = Int.min
        for (top, bottom) in spans where bottom > end {
            covered += bottom - max(top, end)
            end = bottom
        }
        return Double(covered) >= glyphCoverage * Double(length)
    }
}
