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
        try requireDepth(8, for: "whiten the regions of")
        try mask.requireDepth(1, for: "mark the regions of")
        guard mask.width == width, mask.height == height else {
            throw TesseractError(.imageOperationFailed, "a \(mask.width)x\(mask.height) mask does not fit a \(width)x\(height) image")
        }
        var pieces: UnsafeMutablePointer<PIXA>?
        guard let boxes = pixConnComp(mask.pix, &pieces, 8), let pieces else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not find the regions of a \(width)x\(height) mask")
        }
        var ownedBoxes: UnsafeMutablePointer<BOXA>? = boxes
        var ownedPieces: UnsafeMutablePointer<PIXA>? = pieces
        defer { boxaDestroy(&ownedBoxes); pixaDestroy(&ownedPieces) }
        // Outside the regions the white point is 255, where Leptonica's map gives every level
        // back unchanged; so the image is copied and only each region's own pixels are
        // mapped, through the 256 levels Leptonica's map gives its white point, where it took
        // a crop of the region's box, a white-point image of that size, the mapped box and a
        // combination of it back. Regions are disjoint, so each pixel is mapped at most once.
        let result = try derived(pixCopy(nil, pix), operation: "copy", toThis: .identity)
        var levels = [UInt8](repeating: 0, count: 256)
        for index in 0..<pixaGetCount(pieces) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h) == 0,
                  let piece = pixaGetPix(pieces, index, Int32(L_CLONE)) else { continue }
            var ownedPiece: UnsafeMutablePointer<PIX>? = piece
            defer { pixDestroy(&ownedPiece) }
            var median: Float = 255
            guard pixGetRankValueMasked(pix, piece, x, y, 1, 0.5, &median, nil) == 0 else { continue }
            let level = Int(median.rounded())
            let turned = level >= darkest && lightTextContrast.map { hasLightText(under: piece, at: x, y, level: level, contrast: $0) } == true
            let white = min(255, max(darkest, (turned ? 255 - level : level) - margin))
            guard ow_whitened_levels(Int32(white), turned ? 1 : 0, &levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not stretch a ramp of levels to white \(white)")
            }
            guard ow_paint_mapped(result.pix, pix, piece, x, y, levels) == 0 else {
                throw TesseractError(.imageOperationFailed, "could not whiten a \(w)x\(h) region of a \(width)x\(height) image")
            }
        }
        return result
    }

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
