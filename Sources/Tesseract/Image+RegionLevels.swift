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
    /// A region at least `darkest` whose text is lighter than its fill (`hasLightText`, with
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
    /// still measured over all of its pixels, so the other pixels come out as
    /// `whitenedRegions` gives them.
    public static func whiten(
        regionsOf mask: Image, sparing spared: Image? = nil, margin: Int, darkest: Int, lightTextContrast: Int? = nil,
        on image: inout Image
    ) throws {
        try image.requireDepth(8, for: "whiten the regions of")
        try image.requireSameSize(mask, depth: 1, for: "mark the regions of")
        if let spared { try image.requireSameSize(spared, depth: 1, for: "spare pixels of") }
        var pieces: UnsafeMutablePointer<PIXA>?
        guard let boxes = pixConnComp(mask.pix, &pieces, 8), let pieces else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not find the regions of a \(image.width)x\(image.height) mask")
        }
        var ownedBoxes: UnsafeMutablePointer<BOXA>? = boxes
        var ownedPieces: UnsafeMutablePointer<PIXA>? = pieces
        defer { boxaDestroy(&ownedBoxes); pixaDestroy(&ownedPieces) }
        try ownUniquely(&image)
        // Outside the regions the white point is 255, where Leptonica's map gives every level
        // back unchanged; so only each region's own pixels are mapped, through the 256 levels
        // Leptonica's map gives its white point, where it took a crop of the region's box, a
        // white-point image of that size, the mapped box and a combination of it back into a
        // copy of the page. Regions are disjoint: each pixel is mapped at most once, and a
        // region is measured before any of its pixels changes.
        let page = image.pix
        var levels = [UInt8](repeating: 0, count: 256)
        for index in 0..<pixaGetCount(pieces) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h) == 0,
                  let piece = pixaGetPix(pieces, index, Int32(L_CLONE)) else { continue }
            var ownedPiece: UnsafeMutablePointer<PIX>? = piece
            defer { pixDestroy(&ownedPiece) }
            var median: Float = 255
            guard pixGetRankValueMasked(page, piece, x, y, 1, 0.5, &median, nil) == 0 else { continue }
            let level = Int(median.rounded())
            let turned = level >= darkest
                && lightTextContrast.map { image.hasLightText(under: piece, at: x, y, level: level, contrast: $0) } == true
            let white = min(255, max(darkest, (turned ? 255 - level : level) - margin))
            guard ow_whitened_levels(Int32(white), turned ? 1 : 0, &levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not stretch a ramp of levels to white \(white)")
            }
            var painted: UnsafeMutablePointer<PIX>? = nil
            defer { pixDestroy(&painted) }
            if let spared {
                // The region less the spared pixels under it: the piece is Leptonica's own
                // (cloned), so it is copied before the spared pixels are cleared from it.
                painted = pixCopy(nil, piece)
                guard let copy = painted,
                      pixRasterop(copy, 0, 0, w, h, clearWhereSourceIsSet, spared.pix, x, y) == 0 else {
                    throw TesseractError(.imageOperationFailed, "Leptonica could not spare pixels of a \(w)x\(h) region")
                }
            }
            guard ow_paint_mapped(page, page, painted ?? piece, x, y, levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "could not whiten a \(w)x\(h) region of a \(image.width)x\(image.height) image")
            }
        }
    }

    /// Leptonica's raster operation `PIX_DST & PIX_NOT(PIX_SRC)`: the destination's bits,
    /// cleared where the source's are set. `PIX_NOT` is a macro with an argument, which Swift
    /// does not import; it flips the four operation bits (`^ 0x1e`).
    private static let clearWhereSourceIsSet = (PIX_SRC ^ 0x1e) & PIX_DST

    /// True when this image's pixels under the region `piece` (placed at `x`, `y`) are a flat
    /// fill with light marks on it: `level` at most 255 less twice `contrast`, at least half of
    /// the pixels within `contrast / 2` of it, and more at least `contrast` above it than that
    /// far below. A region cut half from a fill and half from the white around it (an
    /// arrowhead, a sliver of a box's edge) is not flat.
    private func hasLightText(under piece: UnsafeMutablePointer<PIX>, at x: Int32, _ y: Int32, level: Int, contrast: Int) -> Bool {
        // White text on a lighter fill would have less than twice the contrast to its fill.
        guard level + 2 * contrast <= 255 else { return false }
        var histogram = pixGetGrayHistogramMasked(pix, piece, x, y, 1)
        defer { numaDestroy(&histogram) }
        guard let histogram else { return false }
        var light: Float = 0, dark: Float = 0, flat: Float = 0, all: Float = 0
        for value in 0..<256 {
            var count: Float = 0
            numaGetFValue(histogram, Int32(value), &count)
            all += count
            let distance = abs(value - level)
            if distance < contrast / 2 { flat += count }
            if distance >= contrast { if value > level { light += count } else { dark += count } }
        }
        return flat >= all / 2 && light > dark
    }
}
