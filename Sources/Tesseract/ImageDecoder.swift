import CPNGReader
import CTesseract
import Foundation

/// Turns an image file's bytes into a Leptonica image of plain grey or RGB pixels (colour maps
/// expanded), refusing images over the size limits before any pixel is decoded.
struct ImageDecoder {
    /// Which reader decodes PNGs.
    enum PNGReader {
        /// Row by row into the image (`CPNGReader`), so the pixels exist once: Leptonica's
        /// reader holds all decoded rows and the image together, 7 bytes a pixel for RGB (150 MB
        /// at the peak for a 21-megapixel figure), against 1 for its luminance read this way.
        /// Kinds it does not handle (interlaced, 16-bit, transparency, grey below 8 bits, a
        /// black-and-white palette) go to Leptonica's.
        case rows
        /// Leptonica's `pixReadMem`: the reference the row reader matches byte for byte.
        case leptonica
    }

    /// Used in error messages.
    let name: String
    let limits: ImageLimits
    let decoding: ImageDecoding
    let pngReader: PNGReader

    /// The decoded image, owned by the caller.
    func decode(_ data: Data) throws -> UnsafeMutablePointer<PIX> {
        LeptonicaMessages.silence()
        guard !data.isEmpty else {
            throw TesseractError(.imageEmpty, "\(name): the file is empty (0 bytes)")
        }
        let decoded = try data.withUnsafeBytes { raw -> UnsafeMutablePointer<PIX>? in
            guard let bytes = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            let format = try checkedFormat(bytes, raw.count)
            if decoding == .luminance, format == Int32(IFF_JFIF_JPEG),
               let grey = pixReadMemJpeg(bytes, raw.count, 0, 1, nil, Int32(L_JPEG_READ_LUMINANCE)) {
                return grey
            }
            if format == Int32(IFF_PNG), pngReader == .rows, let pix = try rows(bytes, raw.count) {
                return pix
            }
            // Other formats, and JPEGs libjpeg cannot reduce to luminance (CMYK), decode as stored.
            return pixReadMem(bytes, raw.count)
        }
        guard let decoded else {
            throw TesseractError(.imageUnreadable, "\(name): the image data cannot be decoded (truncated or corrupt)")
        }
        return try plain(decoded)
    }

    /// The format from the header, after checking the size against the limits.
    private func checkedFormat(_ bytes: UnsafePointer<UInt8>, _ count: Int) throws -> Int32 {
        var format: Int32 = 0, w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, cmap: Int32 = 0
        guard pixReadHeaderMem(bytes, count, &format, &w, &h, &bps, &spp, &cmap) == 0, w > 0, h > 0 else {
            throw TesseractError(.imageUnreadable, "\(name): not a readable image (unknown format or damaged header)")
        }
        if Int(w) * Int(h) > limits.maxPixels || Int(w) > limits.maxSide || Int(h) > limits.maxSide {
            throw TesseractError(
                .imageTooLarge,
                "\(name): image is \(w)x\(h) pixels, over the limit of \(limits.maxPixels) pixels or \(limits.maxSide) px a side"
            )
        }
        return format
    }

    /// The PNG read row by row, or nil when the row reader leaves this kind to Leptonica.
    private func rows(_ bytes: UnsafePointer<UInt8>, _ count: Int) throws -> UnsafeMutablePointer<PIX>? {
        var status = OW_PNG_FAILED
        var message = [CChar](repeating: 0, count: 200)
        let pix = ow_png_read(bytes, count, decoding == .stored ? 0 : 1, &status, &message, message.count)
        switch status {
        case OW_PNG_DECODED:
            return pix
        case OW_PNG_NOT_HANDLED:
            return nil
        default:
            let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw TesseractError(.imageUnreadable, "\(name): the image data cannot be decoded (\(reason))")
        }
    }

    /// `decoded` with its colour map expanded (palette PNGs, GIFs), so every later operation
    /// and Tesseract itself see plain grey or RGB pixels, and reduced to grey unless `stored`.
    private func plain(_ decoded: UnsafeMutablePointer<PIX>) throws -> UnsafeMutablePointer<PIX> {
        var pix = decoded
        if pixGetColormap(decoded) != nil {
            let expanded = pixRemoveColormap(decoded, Int32(REMOVE_CMAP_BASED_ON_SRC))
            var owned: UnsafeMutablePointer<PIX>? = decoded
            pixDestroy(&owned)
            guard let expanded else {
                throw TesseractError(.imageUnreadable, "\(name): the image's colour map cannot be expanded")
            }
            pix = expanded
        }
        if decoding != .stored, pixGetDepth(pix) != 8 {
            let grey = pixConvertTo8(pix, 0)
            var owned: UnsafeMutablePointer<PIX>? = pix
            pixDestroy(&owned)
            guard let grey else {
                throw TesseractError(.imageUnreadable, "\(name): the image cannot be converted to grey")
            }
            pix = grey
        }
        return pix
    }
}
