/// How a colour image becomes 8-bit grey.
public enum GreyConversion: String, Hashable, Sendable, CaseIterable {
    /// Perceived brightness (Leptonica's default weights): what a plain grey conversion gives.
    case luminance
    /// The brightest of red, green and blue per pixel: light and saturated fills turn near white
    /// while black text stays black, so dark text on coloured boxes keeps its contrast.
    case lightestChannel
    /// The darkest of red, green and blue per pixel: coloured fills turn dark, which makes white
    /// text on them stand out.
    case darkestChannel
}
