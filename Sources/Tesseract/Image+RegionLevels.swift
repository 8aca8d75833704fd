import CLeptonicaReplicas
import CTesseract

/// Levels set region by region: each connected region of a mask stretched by its own level.
extension Image {
    /// This 8-bit grey image with every connected region of the 1-bit `mask` (same size)
    /// stretched so that the region's own level (the median of its pixels, less `margin`)
    /// becomes white and black stays black; pixels outside the mask are kept. A filled box of
    /// any colour turns white while the text on it keeps its darkness in proportion, without
    /// the colour fringes that a per-channel conversion picks up from JPEG chroma. Regions
    /// darker than `darkest` are stretched as if they were that light.
    ///
    /// A region at least `darkest` whose text is lighter than its fill (`RegionHistogram.marks`, with
    /// `lightTextContrast`) is turned over first, so its text comes out dark on white:
    /// stretched as it is, white text on a mid-tone fill (the olive, grey, magenta and teal
    /// boxes of white labels) went white with the fill. Nil leaves every region upright.
    public func whitenedRegions(of mask: Image, margin: Int, darkest: Int, lightTextContrast: Int? = nil) throws -> Image {
        var copy = self
        try Image.whiten(regionsOf: mask, margin: margin, darkest: darkest, lightTextContrast: lightTextContrast, on: &copy)
        return copy
    }

    /// `whitenedRegions(of: mask, …)`, in place on `image` when nothing else refers to it
    /// (`Image.paint`'s copy on write), except that pixels set in the 1-bit `spared` (same size)
    /// keep their levels: a step that repaints them from their own levels (the `invert` step's
    /// dark fills) can then follow on the same image. Each region's level and light text are
    /// measured over its pixels less the spared ones: a light fill grown into one region with a
    /// dark fill beside it (a KEGG-style stack of green and red gene boxes) took the dark
    /// fill's level when measured whole, and its small print went white with it. Where the
    /// spared pixels leave under `sparedRemainderShare` of the region, the rest is their rim,
    /// and the region is measured whole. A region all spared is left as it is.
    public static func whiten(
        regionsOf mask: Image, sparing spared: Image? = nil, margin: Int, darkest: Int, lightTextContrast: Int? = nil,
        on image: inout Image
    ) throws {
        try image.requireDepth(8, for: "whiten the regions of")
        try image.requireSameSize(mask, depth: 1, for: "mark the regions of")
        if let spared { try image.requireSameSize(spared, depth: 1, for: "spare pixels of") }
        var levels = [UInt8](repeating: 0, count: 256)
        try forEachRegion(of: mask, on: &image) { page, piece, x, y, w, h in
            var unspared: UnsafeMutablePointer<PIX>? = nil
            defer { pixDestroy(&unspared) }
            var rim = false
            if let spared {
                // The region less the spared pixels under it: the piece is Leptonica's own
                // (cloned), so it is copied before the spared pixels are cleared from it.
                unspared = pixCopy(nil, piece)
                guard let copy = unspared,
                      pixRasterop(copy, 0, 0, w, h, clearWhereSourceIsSet, spared.pix, x, y) == 0 else {
                    throw TesseractError(.imageOperationFailed, "Leptonica could not spare pixels of a \(w)x\(h) region")
                }
                var left: Int32 = 0, all: Int32 = 0
                guard pixCountPixels(copy, &left, nil) == 0, pixCountPixels(piece, &all, nil) == 0 else {
                    throw TesseractError(.imageOperationFailed, "Leptonica could not count the pixels of a \(w)x\(h) region")
                }
                if left == 0 { return }
                // What a dark fill leaves of its region is mostly its anti-aliased rim, which its
                // own level would keep grey around the box: such a remainder is measured with it.
                rim = Float(left) < Self.sparedRemainderShare * Float(all)
            }
            let measured = rim ? piece : unspared ?? piece
            var median: Float = 255
            guard pixGetRankValueMasked(page, measured, x, y, 1, 0.5, &median, nil) == 0 else { return }
            let level = Int(median.rounded())
            let turned = level >= darkest && lightTextContrast.map { contrast in
                // White text on a lighter fill would have less than twice the contrast to its fill.
                level + 2 * contrast <= 255 && RegionHistogram(of: page, under: measured, at: x, y)?.hasLightMarks(around: level, contrast: contrast) == true
            } == true
            let white = min(255, max(darkest, (turned ? 255 - level : level) - margin))
            guard ow_whitened_levels(Int32(white), turned ? 1 : 0, &levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not stretch a ramp of levels to white \(white)")
            }
            guard ow_paint_mapped(page, page, unspared ?? piece, x, y, levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "could not whiten a \(w)x\(h) region of a \(pixGetWidth(page))x\(pixGetHeight(page)) image")
            }
        }
    }

    /// Smallest share of a region that its pixels left after sparing must be to be measured on
    /// their own (`whiten(regionsOf:sparing:…)`); less is the anti-aliased rim of the spared
    /// fill (a dark oval's edge), measured with it as before. On the dev set, against the build
    /// that measured every region whole (`scripts/eval-ocr --against`): at a quarter, 20
    /// WikiPathways PNG labels won and 7 lost (p 0.019), JPEG 43 and 32, PFOCR 15 and 18; with
    /// no bound, a dark red oval's rim stayed grey around its white label (PFOCR 16 won, 23
    /// lost, and its truth ids 31 and 57, p 0.007); at a half, PFOCR 17 and 21, ids 18 and 43.
    static let sparedRemainderShare: Float = 0.25

    /// Largest share of a dark fill's pixels lighter than it by the contrast for its marks to be
    /// dark text (`turnOver(regionsOf:…)`). A region that holds white text too is boxes of both
    /// kinds grown into one (a grid of dark grey and black boxes with white labels, whose black
    /// boxes' pixels outnumber the labels'), and is turned over as a whole. On the dev set's
    /// dark fills the grey boxes with black labels had 1-4% such pixels, those grids 9-31%.
    static let darkTextLightShare: Float = 0.05

    /// Every connected region of the 1-bit `mask` (same size) of this 8-bit grey image turned
    /// over and stretched so that `white` and lighter become 255, as `turnOver(under:white:on:)`
    /// does, in place: white text on a dark fill comes out dark on white. A region whose marks
    /// are darker than its fill (black labels on a dark grey box: more of its pixels at least
    /// `darkTextContrast` below its level than above, and fewer than `darkTextLightShare` that
    /// far above it) would lose them with the fill; it is stretched upright instead, from the
    /// median of those dark pixels (black) to its level less `margin` (white).
    public static func turnOver(regionsOf mask: Image, white: Int, darkTextContrast: Int, margin: Int, on image: inout Image) throws {
        try image.requireDepth(8, for: "turn over the regions of")
        try image.requireSameSize(mask, depth: 1, for: "mark the regions of")
        let turned = try turnedLevels(white: white)
        var upright = [UInt8](repeating: 0, count: 256)
        try forEachRegion(of: mask, on: &image) { page, piece, x, y, w, h in
            var levels = turned
            var median: Float = 0
            if pixGetRankValueMasked(page, piece, x, y, 1, 0.5, &median, nil) == 0,
               let histogram = RegionHistogram(of: page, under: piece, at: x, y) {
                let level = Int(median.rounded())
                if histogram.hasDarkMarks(around: level, contrast: darkTextContrast, lightShareBelow: darkTextLightShare),
                   let black = histogram.median(atMost: level - darkTextContrast), black < level - margin {
                    guard ow_stretched_levels(Int32(black), Int32(level - margin), &upright) == 0 else {
                        throw TesseractError(.imageOperationFailed, "Leptonica could not stretch a ramp of levels from \(black) to \(level - margin)")
                    }
                    levels = upright
                }
            }
            guard ow_paint_mapped(page, page, piece, x, y, levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "could not turn over a \(w)x\(h) region of a \(pixGetWidth(page))x\(pixGetHeight(page)) image")
            }
        }
    }

    /// Calls `body` with `image`'s pixels (owned by it alone, so they may be painted) and each
    /// connected region of the 1-bit `mask`: Leptonica's 1-bit piece of it, and its box's left,
    /// top, width and height. Regions are disjoint: each pixel is painted at most once, and a
    /// region is measured before any of its pixels changes.
    private static func forEachRegion(
        of mask: Image, on image: inout Image,
        _ body: (UnsafeMutablePointer<PIX>, UnsafeMutablePointer<PIX>, Int32, Int32, Int32, Int32) throws -> Void
    ) throws {
        var pieces: UnsafeMutablePointer<PIXA>?
        guard let boxes = pixConnComp(mask.pix, &pieces, 8), let pieces else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not find the regions of a \(image.width)x\(image.height) mask")
        }
        var ownedBoxes: UnsafeMutablePointer<BOXA>? = boxes
        var ownedPieces: UnsafeMutablePointer<PIXA>? = pieces
        defer { boxaDestroy(&ownedBoxes); pixaDestroy(&ownedPieces) }
        try ownUniquely(&image)
        // Outside the regions the map would give every level back unchanged; so only each
        // region's own pixels are mapped, through the 256 levels Leptonica's map gives, where it
        // took a crop of the region's box, an image of that size to map it by, the mapped box
        // and a combination of it back into a copy of the page.
        let page = image.pix
        for index in 0..<pixaGetCount(pieces) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h) == 0,
                  let piece = pixaGetPix(pieces, index, Int32(L_CLONE)) else { continue }
            var ownedPiece: UnsafeMutablePointer<PIX>? = piece
            defer { pixDestroy(&ownedPiece) }
            try body(page, piece, x, y, w, h)
        }
    }

    /// Leptonica's raster operation `PIX_DST & PIX_NOT(PIX_SRC)`: the destination's bits,
    /// cleared where the source's are set. `PIX_NOT` is a macro with an argument, which Swift
    /// does not import; it flips the four operation bits (`^ 0x1e`).
    private static let clearWhereSourceIsSet = (PIX_SRC ^ 0x1e) & PIX_DST

}

/// The grey levels of one region's pixels, counted: what tells a fill with light text from one
/// with dark text.
private struct RegionHistogram {
    /// Pixels of each level, 0 to 255.
    let counts: [Float]
    /// Pixels in all.
    let total: Float

    /// The levels of the 8-bit `page`'s pixels under the 1-bit `piece` placed at `x`, `y`; nil
    /// when Leptonica cannot count them.
    init?(of page: UnsafeMutablePointer<PIX>, under piece: UnsafeMutablePointer<PIX>, at x: Int32, _ y: Int32) {
        var histogram = pixGetGrayHistogramMasked(page, piece, x, y, 1)
        defer { numaDestroy(&histogram) }
        guard let histogram else { return nil }
        counts = (0..<256).map { value in
            var count: Float = 0
            numaGetFValue(histogram, Int32(value), &count)
            return count
        }
        total = counts.reduce(0, +)
    }

    /// True when the region is a flat fill of level `level` with light marks on it: at least
    /// half of its pixels within `contrast / 2` of the level, and more at least `contrast`
    /// above it than that far below. A region cut half from a fill and half from the white
    /// around it (an arrowhead, a sliver of a box's edge) is not flat.
    func hasLightMarks(around level: Int, contrast: Int) -> Bool {
        let flat = counts.enumerated().filter { abs($0.offset - level) < contrast / 2 }.reduce(0) { $0 + $1.element }
        let light = share(atLeast: level + contrast), dark = share(atMost: level - contrast)
        return flat >= total / 2 && light > dark
    }

    /// True when the region's marks are darker than its level `level`: more of its pixels at
    /// least `contrast` below it than above, and fewer than `lightShareBelow` that far above.
    /// No flatness is asked: the few light pixels already tell the region from a fill cut with
    /// the white around it, and the letters of a long label fill half of a tight box.
    func hasDarkMarks(around level: Int, contrast: Int, lightShareBelow: Float) -> Bool {
        let light = share(atLeast: level + contrast), dark = share(atMost: level - contrast)
        return dark > light && light < lightShareBelow
    }

    /// The share of the pixels at `level` or lighter.
    func share(atLeast level: Int) -> Float {
        guard total > 0, level <= 255 else { return 0 }
        return counts[max(0, level)...].reduce(0, +) / total
    }

    /// The share of the pixels at `level` or darker.
    func share(atMost level: Int) -> Float {
        guard total > 0, level >= 0 else { return 0 }
        return counts[...min(255, level)].reduce(0, +) / total
    }

    /// The median level of the pixels at or below `level`, nil when there are none.
    func median(atMost level: Int) -> Int? {
        guard level >= 0 else { return nil }
        let below = counts[0...level]
        let half = below.reduce(0, +) / 2
        guard half > 0 else { return nil }
        var seen: Float = 0
        for (value, count) in below.enumerated() {
            seen += count
            if seen >= half { return value }
        }
        return nil
    }
}
