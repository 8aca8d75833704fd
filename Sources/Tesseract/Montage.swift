import CTesseract
import Evidence

/// Several small images pasted into one blank 8-bit page, so that one recognition reads them
/// all (a Tesseract call per crop would pay layout start-up for each). Each tile remembers where
/// it sits, so a word read on the page can be mapped back to the source of its tile.
public struct Montage {
    /// One pasted image: where it sits on the page and how its pixels map to the source.
    public struct Tile: Hashable, Sendable {
        /// The tile's rectangle on the page.
        public let frame: Evidence.Box
        /// Maps the pasted image's own pixels to the source image.
        public let toSource: PixelTransform
    }

    /// The page with every tile pasted; its own pixels are page pixels (`toSource` is identity).
    public let page: Image
    /// The tiles, in the order they were given.
    public let tiles: [Tile]

    /// Stacks `images` (8-bit grey) in columns of at most `maxHeight` pixels on a `background`
    /// page, `gap` pixels apart and from the edges.
    public init(stacking images: [Image], gap: Int, maxHeight: Int, background: UInt8 = 255) throws {
        guard !images.isEmpty else {
            throw TesseractError(.imageOperationFailed, "a montage needs at least one image")
        }
        for image in images where image.depth != 8 {
            throw TesseractError(.imageOperationFailed, "a montage takes 8-bit grey images, not \(image.depth)-bit")
        }
        // Lay out first, so the page is allocated once at its final size.
        var frames: [Evidence.Box] = []
        var x = gap, y = gap, columnWidth = 0, pageHeight = 0
        for image in images {
            if y > gap, y + image.height + gap > maxHeight {
                x += columnWidth + gap
                y = gap
                columnWidth = 0
            }
            frames.append(Evidence.Box(x: x, y: y, width: image.width, height: image.height))
            y += image.height + gap
            columnWidth = max(columnWidth, image.width)
            pageHeight = max(pageHeight, y)
        }
        let pageWidth = x + columnWidth + gap
        guard let blank = pixCreate(Int32(pageWidth), Int32(pageHeight), 8) else {
            throw TesseractError(.imageOperationFailed, "Leptonica could not allocate a \(pageWidth)x\(pageHeight) montage")
        }
        let page = Image(owning: blank, toSource: .identity)
        pixSetAllArbitrary(blank, UInt32(background))
        for (image, frame) in zip(images, frames) {
            guard pixRasterop(blank, Int32(frame.x), Int32(frame.y), Int32(frame.width), Int32(frame.height),
                              PIX_SRC, image.pix, 0, 0) == 0 else {
                throw TesseractError(.imageOperationFailed, "Leptonica could not paste a \(image.width)x\(image.height) tile")
            }
        }
        self.page = page
        self.tiles = zip(images, frames).map { Tile(frame: $1, toSource: $0.toSource) }
    }

    /// The index of the tile that holds the centre of `box` (page pixels), or nil when the centre
    /// lies in no tile (a word spanning the gap between tiles).
    public func tileIndex(of box: Evidence.Box) -> Int? {
        let cx = box.x + box.width / 2, cy = box.y + box.height / 2
        return tiles.firstIndex { cx >= $0.frame.x && cx < $0.frame.maxX && cy >= $0.frame.y && cy < $0.frame.maxY }
    }

    /// Maps a box on the page to the source image through the tile that holds its centre, or
    /// nil when the centre lies in no tile (a word spanning the gap between tiles).
    public func sourceBox(of box: Evidence.Box) -> Evidence.Box? {
        guard let index = tileIndex(of: box) else { return nil }
        let tile = tiles[index]
        // Page pixels minus the tile's corner are the pasted image's own pixels.
        let clipped = box.intersection(tile.frame) ?? box
        return tile.toSource.after(.cropping(atX: -tile.frame.x, y: -tile.frame.y)).apply(clipped)
    }
}
