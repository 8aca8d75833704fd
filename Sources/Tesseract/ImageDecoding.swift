/// What a decode keeps of an image's pixels.
public enum ImageDecoding: Hashable, Sendable {
    /// The pixels as stored (grey, RGB; colour maps expanded).
    case stored
    /// Luminance grey only, for readers that never look at colour. A JPEG is decoded straight
    /// to its luminance channel (no chroma upsampling, no colour conversion, a quarter of the
    /// memory of RGB); a PNG row by row, each row converted as it is read, so its colour pixels
    /// never exist whole; other formats are decoded as stored and converted at once.
    case luminance
    /// Grey exactly as converting the stored pixels gives it (Leptonica's `pixConvertTo8`), for
    /// readers that never look at colour but whose readings must not depend on the decoder: a
    /// PNG row by row (byte for byte that conversion, so its colour pixels never exist whole);
    /// a JPEG in colour, then converted (its luminance channel is a different grey); other
    /// formats as stored, then converted.
    case convertedGrey
}
