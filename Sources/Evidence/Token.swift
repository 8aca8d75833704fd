/// One word found by OCR, as it travels from the engine to the writers: its text, the engine's
/// confidence, its box in source-image pixels, its layout position and the pass that read it.
public struct Token: Hashable, Sendable, Codable {
    /// The word, UTF-8, never empty: as the engine read it, or as the gene lexicon corrected it.
    public var text: String
    /// The engine's own reading when a lexicon correction changed `text` (`PDESA` for a
    /// `text` of `PDE5A`); nil when `text` is the engine's reading.
    public var raw: String?
    /// Tesseract's word confidence, 0...100.
    public var confidence: Double
    /// The word's box in the pixels of the source image (not of a scaled or rotated variant).
    public var box: Box
    /// Block, paragraph, line and word numbers within the pass that read it.
    public var layout: WordLayout
    /// The name of the recognition pass that read it (for example `plain`).
    public var pass: String

    /// A token from all of its parts.
    public init(text: String, confidence: Double, box: Box, layout: WordLayout, pass: String, raw: String? = nil) {
        self.text = text
        self.raw = raw
        self.confidence = confidence
        self.box = box
        self.layout = layout
        self.pass = pass
    }

    /// True when both tokens come from the same line of the same pass.
    public func isOnSameLine(as other: Token) -> Bool {
        pass == other.pass && layout.block == other.layout.block
            && layout.paragraph == other.layout.paragraph && layout.line == other.layout.line
    }
}
