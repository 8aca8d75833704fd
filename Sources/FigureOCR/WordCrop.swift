import Tesseract

/// How the `reread` pass cleans the crop of one word before reading it again.
///
/// The crops come from the decoded figure, which the `invert` and `lines` steps of the prepared
/// view never touched. Two things in them made the engine misread labels it reads right without
/// them:
/// - a fill: the page of crops is thresholded as a whole, so a crop's grey fill falls on the ink
///   side, beside the white page, and its text is not read at all. Dark fills are turned over
///   (there is no inverted retry: the recipe's setting) and every crop's fill, its median level,
///   is stretched to white (`G6PD` in white on brown);
/// - the edges of the label's box, caught in the margin: read as `|`, or glued to the glyph
///   beside them (`TALDO}` for TALDO1).
///
/// Measured on the dev set's 80 WikiPathways JPEGs (`scripts/eval-ocr`, labels read, and as the
/// engine read them): plain crops 3,147 (0.820); dark crops turned over and their fill
/// stretched 3,155 (0.825); box edges painted out as well 3,156 (0.827); every crop's fill
/// stretched, as here, 3,156 (0.828). One crop moves the readings of others on its page (the
/// page is thresholded and laid out as a whole), so a few labels either way are within noise.
enum WordCrop {
    /// A crop whose median grey level is below this holds light text on a dark fill.
    static let darkMedian = 128
    /// Grey levels below this are ink when looking for edges.
    static let inkThreshold = 128
    /// An unbroken run of ink along this share of the crop's height (width) is a box edge or a
    /// rule, not a glyph: the crop is the word's box plus a margin of a cap height, so a glyph
    /// spans about half of it.
    static let edgeShare = 0.85

    /// `crop` (8-bit grey) with dark text on white and its box edges and rules painted white.
    static func cleaned(_ crop: Image) throws -> Image {
        let median = try crop.medianLevel()
        var upright = median < darkMedian ? try crop.inverted() : crop
        let fill = median < darkMedian ? 255 - median : median
        if fill < 255 { upright = try upright.levels(black: 0, white: max(1, fill)) }
        let ink = try upright.binarized(threshold: inkThreshold)
        let columns = try ink.opened(width: 1, height: runLength(crop.height))
        let rows = try ink.opened(width: runLength(crop.width), height: 1)
        let edges = try columns.union(rows)
        return try edges.hasSetPixels() ? upright.painted(255, under: edges) : upright
    }

    /// The shortest run of ink along a side `length` pixels long that counts as an edge.
    static func runLength(_ length: Int) -> Int {
        max(1, Int((Double(length) * edgeShare).rounded(.up)))
    }
}
