import CTesseract

/// Levels set region by region: each connected region of a mask stretched by its own level.
extension Image {
    /// This 8-bit grey image with every connected region of the 1-bit `mask` (same size)
    /// stretched so that the region's own level (the median of its pixels, less `margin`)
    /// becomes white and black stays black; pixels outside the mask are kept. A filled box of
    /// any colour turns white while the text on it keeps its darkness in proportion, without
    /// the colour fringes that a per-channel conversion picks up from JPEG chroma. Regions
    /// darker than `darkest` are stretched as if they were that light.
    public func whitenedRegions(of mask: Image, margin: Int, darkest: Int) throws -> Image {
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
        // back unchanged; so the image is copied and each region mapped within its own box
        // (on figures the regions cover a fraction of the page, and the map was a pass over
        // all of it). Regions are disjoint, so each pixel is mapped at most once.
        let result = try derived(pixCopy(nil, pix), operation: "copy", toThis: .identity)
        for index in 0..<pixaGetCount(pieces) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, &w, &h) == 0,
                  let piece = pixaGetPix(pieces, index, Int32(L_CLONE)) else { continue }
            var ownedPiece: UnsafeMutablePointer<PIX>? = piece
            defer { pixDestroy(&ownedPiece) }
            var median: Float = 255
            guard pixGetRankValueMasked(pix, piece, x, y, 1, 0.5, &median, nil) == 0 else { continue }
            let white = min(255, max(darkest, Int(median.rounded()) - margin))
            var ownedClip = boxCreate(x, y, w, h)
            var region = ownedClip.flatMap { pixClipRectangle(pix, $0, nil) }
            var whitePoint = pixCreate(w, h, 8)
            defer { boxDestroy(&ownedClip); pixDestroy(&region); pixDestroy(&whitePoint) }
            guard let region, let whitePoint, pixSetAllArbitrary(whitePoint, UInt32(white)) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not cut out a \(w)x\(h) region and its level map")
            }
            var mapped = pixApplyVariableGrayMap(region, whitePoint, 255)
            defer { pixDestroy(&mapped) }
            guard let mapped, pixCombineMaskedGeneral(result.pix, mapped, piece, x, y) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not whiten a \(w)x\(h) region of a \(width)x\(height) image")
            }
        }
        return result
    }
}
