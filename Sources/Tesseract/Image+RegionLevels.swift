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
        // The white point of every pixel: 255 (no change) outside the regions.
        guard let whitePoints = pixCreate(Int32(width), Int32(height), 8) else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not allocate a \(width)x\(height) level map")
        }
        var ownedMap: UnsafeMutablePointer<PIX>? = whitePoints
        defer { pixDestroy(&ownedMap) }
        pixSetAll(whitePoints)
        for index in 0..<pixaGetCount(pieces) {
            var x: Int32 = 0, y: Int32 = 0
            guard boxaGetBoxGeometry(boxes, index, &x, &y, nil, nil) == 0,
                  let piece = pixaGetPix(pieces, index, Int32(L_CLONE)) else { continue }
            var ownedPiece: UnsafeMutablePointer<PIX>? = piece
            defer { pixDestroy(&ownedPiece) }
            var median: Float = 255
            guard pixGetRankValueMasked(pix, piece, x, y, 1, 0.5, &median, nil) == 0 else { continue }
            let white = min(255, max(darkest, Int(median.rounded()) - margin))
            pixPaintThroughMask(whitePoints, piece, x, y, UInt32(white))
        }
        return try derived(pixApplyVariableGrayMap(pix, whitePoints, 255), operation: "whiten the regions of", toThis: .identity)
    }
}
