import Evidence
import Tesseract

/// Runs a recipe's preprocessing steps over a decoded figure.
///
/// Scaling comes first, so the morphology after it works at one known text size and its
/// structuring elements can be fixed multiples of the target cap height.
public struct FigurePreparer: Sendable {
    /// The steps to run.
    public let steps: Preparation
    /// Largest prepared image in pixels; bounds the cost of upscaling large figures.
    public let maxPixels: Int

    /// A preparer for `steps`.
    public init(steps: Preparation, maxPixels: Int = 24_000_000) {
        self.steps = steps
        self.maxPixels = maxPixels
    }

    /// Grey levels below this are ink when measuring glyphs.
    static let inkThreshold = 128
    /// Luminance below this is a dark fill whose text is light.
    static let darkFillThreshold = 100
    /// A fill is stretched so that this much below its median level is already white: the
    /// fill's own grain (JPEG noise, gradients) goes white with it. 0 and 25 read less.
    static let fillMargin = 10
    /// A fill no lighter than 255 less twice this, with more pixels this much lighter than its
    /// level than this much darker, holds light text and is turned over before it is whitened
    /// (`Image.whiten`). On the dev set (`scripts/eval-ocr`, `figure/11`'s other
    /// changes in both) this read 10 more WikiPathways PNG labels, the same number of JPEG
    /// labels and 3 fewer PFOCR words (610 of 1,078; within the ±10 of any change of the
    /// prepared view), with PFOCR id recall 0.641 -> 0.657. Without the bound on the fill's
    /// level, light fills with dark text were turned over too: 17 PFOCR words fewer.
    static let lightTextContrast = 60
    /// Inverted fills at least this light become white.
    static let invertedWhite = 180
    /// A dark fill whose marks are mostly this much darker than it holds dark text (the dark
    /// grey boxes of KEGG-style maps, black labels on grey 75): turned over, its text went
    /// white with it, so it is stretched upright instead (`Image.turnOver(regionsOf:…)`).
    static let darkTextContrast = 20
    /// Luminance below this is a filled shape (any colour but white).
    static let colouredFillThreshold = 235
    /// Fills covering at least this share of the page hold a background or panels, whose fills
    /// are looked for again once it is white (`prepare`). On the dev set (against the build
    /// without it): 31 PFOCR gene words won and 14 lost (623 -> 640, sign test p 0.016), 43
    /// of its truth ids won and 23 lost; 5 WikiPathways JPEG labels won and none lost; the
    /// PNGs unchanged. At a half: 13 won and 3 lost, and the JPEGs unchanged; at a tenth, or
    /// on every figure with fills, 46 and 31 or 48 and 32.
    static let backgroundShare = 0.25
    /// Grey levels below this count when looking for lines (light grey outlines too).
    static let lineThreshold = 200

    /// A letter's stroke width at capitals `capHeight` px high (a quarter of it, at least 3 px):
    /// how far past a line a letter that crosses it keeps its pixels, how thick a run must be to
    /// seed a fill, and how near the space outside an outline the outline's stroke lies.
    static func strokeWidth(capHeight: Double) -> Int {
        max(3, Int((capHeight / 4).rounded()))
    }

    /// The prepared figure.
    public func prepare(_ image: Image) throws -> PreparedFigure {
        let luminance = try image.grayscale()
        // Measured even when not scaling: the morphology below is sized by it.
        let glyphs = try luminance.binarized(threshold: Self.inkThreshold).componentBoxes()
        let capHeight = TextSizeEstimate.capHeight(of: glyphs, imageHeight: image.height)
        var factor = 1.0
        if let target = steps.targetCapHeight {
            let largest = (Double(maxPixels) / Double(max(1, image.width * image.height))).squareRoot()
            factor = TextSizeEstimate.scaleFactor(capHeight: capHeight, target: target, range: 0.5...min(steps.maxScale, max(0.5, largest)))
        }
        let cap = (capHeight ?? PreparedFigure.assumedCapHeight) * factor
        // Painted in place from here on (`Image.paint`, `Image.whiten`): a scaled page is held
        // by `grey` alone, so no step copies it (an unscaled one is `luminance` too, and the
        // first paint copies it once). Both kinds of fill are found before any paint, on the
        // page as scaled.
        var grey = try scaledIfNeeded(luminance, by: factor)
        // Dark fills are coloured fills too: every step of `solidRegions` turns a subset of the
        // ink into a subset of the regions, so a figure without coloured fills has no dark ones.
        var fills: Image?
        if steps.whitenFills {
            let found = try solidRegions(in: grey, darkerThan: Self.colouredFillThreshold, capHeight: cap)
            fills = try found.hasSetPixels() ? found : nil
        }
        var darkFills: Image?
        if steps.invertDarkRegions && (fills != nil || !steps.whitenFills) {
            let found = try solidRegions(in: grey, darkerThan: Self.darkFillThreshold, capHeight: cap)
            darkFills = try found.hasSetPixels() ? found : nil
        }
        if let fills {
            // Each fill by its own level: a pink or grey box turns white from its median level,
            // and the text on it keeps its darkness in proportion. One white point for all
            // fills thinned the strokes of light fills' text, and the lightest channel thinned
            // them more on JPEGs, whose blurred chroma lifts black text on a coloured fill; on
            // the dev set this reads more of both the JPEG renderings and the journal figures.
            // The dark fills' pixels are spared: the inversion below repaints them from their
            // levels as scaled.
            try Self.whiten(fills, sparing: darkFills, on: &grey)
            if try Double(fills.setPixelCount()) >= Self.backgroundShare * Double(grey.width * grey.height) {
                // Fills drawn on a fill (labelled ovals on a cell's cytoplasm) are one region with
                // it, measured and stretched by the background's level; whitened, the background
                // leaves them apart, to be found and stretched by their own levels.
                let nested = try solidRegions(in: grey, darkerThan: Self.colouredFillThreshold, capHeight: cap)
                if try nested.hasSetPixels() { try Self.whiten(nested, sparing: darkFills, on: &grey) }
            }
        }
        if let darkFills {
            // Stretched so the inverted fill turns white: a grey expanse looks like a picture
            // to Tesseract's layout analysis, which then drops the text on it. Only the
            // pixels under the fills are turned over, one by one: turning over the whole
            // figure, or the fills' bounding box, made images the mask then threw away.
            try Image.turnOver(
                regionsOf: darkFills, white: Self.invertedWhite, darkTextContrast: Self.darkTextContrast, margin: Self.fillMargin, on: &grey
            )
        }
        var interiors: [Box] = []
        if steps.removeLines {
            let ink = try grey.binarized(threshold: Self.lineThreshold)
            let long = max(12, Int((2.5 * cap).rounded()))
            let tall = max(8, Int((1.5 * cap).rounded()))
            // Lines are thin: a run that a thicker brick also fits in is a fill, not a line.
            let thick = max(4, Int((cap / 3).rounded()))
            let horizontal = try ink.opened(width: long, height: 1).subtracting(ink.opened(width: long, height: thick))
            let vertical = try ink.opened(width: 1, height: tall).subtracting(ink.opened(width: thick, height: tall))
            // A short vertical run may be the stem of a letter larger than the typical one; it is
            // only a line when it meets a horizontal line (a box side) or is very long.
            let veryTall = try ink.opened(width: 1, height: 3 * tall).union(horizontal.dilated(width: 5, height: 5))
            let ruled = try horizontal.union(vertical.components(touchedBy: veryTall.intersecting(vertical)))
            interiors = try outlinedBoxInteriors(lines: ruled, capHeight: cap)
            let lines = try closedOutlines(in: ink, capHeight: cap).map { try ruled.union($0) } ?? ruled
            // A line running behind a label shares pixels with its letters; those pixels stay, or
            // every letter it crosses would be cut in two.
            let reach = Self.strokeWidth(capHeight: cap)
            let letters = try ink.subtracting(lines)
            let crossing = try letters.dilated(width: 1, height: 2 * reach + 1).union(letters.dilated(width: 2 * reach + 1, height: 1))
            // Antialiased edges of a line are lighter than the threshold; erase them too.
            // JPEG ringing beside a line grows with the upscaling.
            let fringe = 2 * Int(factor.rounded(.up)) + 1
            try Image.paint(255, under: lines.subtracting(crossing).dilated(width: fringe, height: fringe), on: &grey)
            // Grown by the fringe, as the lines are: the dashes' antialiased edges go too.
            let dashes = try strayDashes(in: grey, capHeight: cap).map {
                Box(x: $0.x - fringe / 2, y: $0.y - fringe / 2, width: $0.width + fringe, height: $0.height + fringe)
            }
            if !dashes.isEmpty { try Image.paint(255, in: dashes, on: &grey) }
        }
        if let fraction = steps.sharpening {
            // Upscaled JPEG text is soft; steeper edges binarise into cleaner strokes.
            grey = try grey.sharpened(halfWidth: max(1, Int(factor.rounded())), fraction: fraction)
        }
        return PreparedFigure(image: grey, capHeight: capHeight, scale: factor, boxInteriors: interiors)
    }

    /// Each region of `fills` stretched to white by its own level, light text turned over
    /// first, `spared` pixels kept (`Image.whiten`).
    private static func whiten(_ fills: Image, sparing spared: Image?, on grey: inout Image) throws {
        try Image.whiten(
            regionsOf: fills, sparing: spared, margin: fillMargin, darkest: darkFillThreshold,
            lightTextContrast: lightTextContrast, on: &grey
        )
    }

    /// `image` scaled by `factor`: enlarged with the Lanczos filter (`Image.lanczosScaled`),
    /// shrunk by Leptonica's area mapping. Linear interpolation leaves a kink in every letter's
    /// edge at each source pixel, which at 4 times is a letter of small print drawn in straight
    /// pieces. On the dev set (`scripts/eval-ocr --against` the linear build, `figure/18`):
    /// WikiPathways JPEG labels 3,254 -> 3,297 (134 won, 91 lost, p 0.005; truth ids 93 won, 54
    /// lost), PFOCR words 658 -> 672 (96, 82, p 0.33; but its truth ids 128 won, 161 lost, p 0.06,
    /// families such as IFN moving both ways), PNG labels 3,445 -> 3,436 (48, 57, p 0.44). On the
    /// 11 PFOCR figures enlarged 4 times (capitals of 5-7 px), 115 -> 133 words, 543 -> 539 on the
    /// other 59. Cost: `figure` against `fast` 5.28 -> 5.40 times on PFOCR, 3.46 -> 3.53 on the
    /// JPEGs, 2.38 -> 2.41 on the PNGs (one `--cost` run each).
    private func scaledIfNeeded(_ image: Image, by factor: Double) throws -> Image {
        if factor == 1 { return image }
        return factor > 1 ? try image.lanczosScaled(by: factor) : try image.scaled(by: factor)
    }

    /// Solid regions darker than `threshold`, with the text on them. Seeds are runs thicker than
    /// a stroke and longer than a letter (box margins, the fill between lines of text), which
    /// letters, their joints and thin lines are not; closing across a text line then joins the
    /// seeds over the letters between them.
    private func solidRegions(in luminance: Image, darkerThan threshold: Int, capHeight: Double) throws -> Image {
        let stroke = Self.strokeWidth(capHeight: capHeight)
        let bridge = max(5, Int((capHeight * 1.2).rounded()))
        let dark = try luminance.binarized(threshold: threshold)
        let seeds = try dark.opened(width: bridge, height: stroke).union(dark.opened(width: stroke, height: bridge))
        // The closing adds nothing outside the seeds' bounding box, and the opening nothing
        // outside the closing, so both run on that box alone. Its margin, two bridges wide, is
        // blank as the figure is around the box, so the crop's edge changes no pixel. Over the
        // whole figure they cost as much where a figure has one fill as where it has fifty.
        guard let bounds = try seeds.foregroundBounds() else { return seeds }
        guard let frame = bounds.expanded(by: 2 * bridge).intersection(luminance.bounds) else { return seeds }
        return try seeds.cropped(to: frame)
            .closed(width: bridge, height: bridge)
            // Lone solid marks (thick arrows) are thinner than a labelled fill.
            .opened(width: bridge * 3 / 4, height: bridge * 3 / 4)
            .placed(atX: frame.x, y: frame.y, inBlankOfWidth: luminance.width, height: luminance.height)
    }

    /// Dashes with no letter beside them: the dashes of dashed lines and membranes, and the
    /// bits of arrows and rules the line search leaves. Scaled up, each dash is the size of a
    /// glyph, and the layout analysis strings a row of them into a wide "word" that the
    /// recognizer reads at the cost of a line of text, for nothing: on `WP111.jpg` the `sparse`
    /// pass read 71 such words (to `fast`'s 7) and each recognition cost 1.9 times `fast`'s.
    ///
    /// A dash is a mark with no column of ink half a capital tall, at least 1.5 times as wide
    /// as tall (a single glyph is narrower). Every other mark a quarter of a capital tall or
    /// more counts as a letter, small print's included (the figure's text size is one
    /// estimate, and its smallest letters may be under half of it), so a hyphen or a dash
    /// beside any of them stays. Returns the dashes' boxes, in `grey`'s pixels.
    private func strayDashes(in grey: Image, capHeight: Double) throws -> [Box] {
        let ink = try grey.binarized(threshold: Self.lineThreshold)
        let letterHeight = max(3, Int((capHeight / 2).rounded()))
        let tall = try ink.components(touchedBy: ink.opened(width: 1, height: letterHeight))
        let low = try ink.subtracting(tall).componentBoxes()
        let isDash = { (box: Box) in 2 * box.width >= 3 * box.height }
        let dashes = low.filter(isDash)
        guard !dashes.isEmpty else { return [] }
        let specks = max(2, Int((capHeight / 4).rounded()))
        let small = low.filter { !isDash($0) && $0.height >= specks }
        let letters = small.isEmpty ? tall : try tall.painted(1, in: small)
        let gap = max(3, Int((capHeight * 0.6).rounded()))
        let brick = (width: 2 * gap + 1, height: letterHeight)
        return try dashes.filter { dash in
            // The letters are grown by the brick around each dash alone, cut with a margin the
            // brick's size: a pixel grows only from letters within that, so the dash's box
            // comes out as in the whole figure grown, at a fraction of the cost.
            guard let frame = dash.expanded(byX: brick.width, y: brick.height).intersection(grey.bounds) else { return true }
            let near = try letters.cropped(to: frame)
            guard try near.hasSetPixels() else { return true }
            let besideLetters = try near.dilated(width: brick.width, height: brick.height)
            return try !besideLetters.cropped(to: Box(x: dash.x - frame.x, y: dash.y - frame.y, width: dash.width, height: dash.height)).hasSetPixels()
        }
    }

    /// The outlines of ovals, hexagons and other closed shapes with letters inside, or nil when
    /// the figure has none. Tesseract takes the letters inside a closed outline for holes of the
    /// shape (the outline is one blob, the letters its children), and a blob that size is no
    /// text: journal figures draw most genes as such shapes (`TYK2` in a hexagon, `STING` in an
    /// oval), and only rectangles' sides are lines for the search above.
    ///
    /// An outline is a component of `ink` around a hole (`Image.holes`) sized to hold a label
    /// (`isLabelSized`) and holding letters (`holdsLetters`): the components met just past the
    /// hole's top, bottom, left and right. Outside the hole's box all of them goes; inside it
    /// only what lies within a stroke of the space outside, as letters may touch the outline.
    ///
    /// On the dev set, against `figure/15` (labels read, won and lost, with
    /// `scripts/eval-ocr`'s scoring): PFOCR words 640 -> 650 (43 won, 33 lost), WikiPathways
    /// JPEG labels 3,220 -> 3,245 (104, 79), PNG 3,418 -> 3,432 (50, 36); JPEG ids where the
    /// truth has one 0.946 -> 0.951. Every kind of figure moves both ways: any change to the
    /// prepared view moves Tesseract's layout of the whole page.
    private func closedOutlines(in ink: Image, capHeight: Double) throws -> Image? {
        let enclosed = try ink.holes()
        let sized = try enclosed.componentBoxes(connectivity: .four).filter { Self.isLabelSized($0, capHeight: capHeight) }
        guard !sized.isEmpty else { return nil }
        let outer = try ink.union(enclosed).inverted()
        let stroke = Self.strokeWidth(capHeight: capHeight)
        let holes = try sized.filter { try Self.holdsLetters($0, ink: ink, outer: outer, margin: stroke) }
        guard !holes.isEmpty else { return nil }
        var edges: [Box] = []
        for hole in holes {
            edges.append(Box(x: hole.x, y: hole.y - 1, width: hole.width, height: 1))
            edges.append(Box(x: hole.x, y: hole.maxY, width: hole.width, height: 1))
            edges.append(Box(x: hole.x - 1, y: hole.y, width: 1, height: hole.height))
            edges.append(Box(x: hole.maxX, y: hole.y, width: 1, height: hole.height))
        }
        // The ink on those edges: what clearing them takes away.
        let seeds = try ink.subtracting(ink.painted(0, in: edges))
        // Inside the hole's box are the label's letters, some touching the outline: there only
        // the outline's outer stroke, within a stroke of the space outside, goes.
        let outside = try outer.dilated(width: 2 * stroke + 1, height: 2 * stroke + 1)
        let outlines = try ink.components(touchedBy: seeds)
        return try outlines.painted(0, in: holes).union(outlines.intersecting(outside))
    }

    /// True when ink lies in `hole`'s box that no path of ink joins to `outer`, the space
    /// outside every outline: letters drawn in the hole, which a large letter's counter lacks.
    /// Looked for in the box grown by `margin` (a stroke, so that the outline lies whole in it),
    /// not in the whole figure, where the seed fill of all its ink was a quarter of this step's
    /// cost (on `WP4016.png`, 190 of its 770 million instructions).
    private static func holdsLetters(_ hole: Box, ink: Image, outer: Image, margin: Int) throws -> Bool {
        guard let frame = hole.expanded(by: margin).intersection(ink.bounds) else { return false }
        let near = try ink.cropped(to: frame)
        let joined = try near.components(touchedBy: near.intersecting(outer.cropped(to: frame).dilated(width: 3, height: 3)))
        let inside = Box(x: hole.x - frame.x, y: hole.y - frame.y, width: hole.width, height: hole.height)
        return try near.subtracting(joined).cropped(to: inside).hasSetPixels()
    }

    /// True when a space of `box`'s size holds a label: one to a few lines of text with
    /// capitals `capHeight` high (1.3 to 8 capitals high, 1.3 to 40 wide).
    private static func isLabelSized(_ box: Box, capHeight: Double) -> Bool {
        Double(box.height) >= 1.3 * capHeight && Double(box.height) <= 8 * capHeight
            && Double(box.width) >= 1.3 * capHeight && Double(box.width) <= 40 * capHeight
    }

    /// The insides of rectangles drawn by `lines`, sized to hold a label (`isLabelSized`).
    /// Closing first joins sides that rounded corners leave apart.
    private func outlinedBoxInteriors(lines: Image, capHeight: Double) throws -> [Box] {
        let corner = max(3, Int((capHeight / 2).rounded()))
        let outlines = try lines.closed(width: corner, height: corner).componentBoxes()
        let inset = max(2, Int((capHeight / 8).rounded()))
        return outlines.compactMap { box in
            guard Self.isLabelSized(box, capHeight: capHeight) else { return nil }
            return Box(x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset)
        }
    }
}
