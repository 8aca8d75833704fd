import Tesseract

/// One recognition in a recipe: a name that labels the tokens it reads, and how Tesseract
/// segments the image.
public struct Pass: Hashable, Sendable {
    /// Labels every token the pass reads (`pass` in the outputs).
    public var name: String
    /// Tesseract's page segmentation mode for this pass.
    public var mode: SegmentationMode

    /// A pass from its name and mode.
    public init(name: String, mode: SegmentationMode) {
        self.name = name
        self.mode = mode
    }
}
