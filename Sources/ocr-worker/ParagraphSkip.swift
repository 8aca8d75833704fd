import CParagraphSkip

/// Whether Tesseract's paragraph detection is skipped in the modes whose blocks are single
/// lines, by the executable's own `TessBaseAPI::DetectParagraphs` (`CParagraphSkip`), and how
/// many detections were skipped so far.
enum ParagraphSkip {
    /// True when libtesseract's `DetectParagraphs` calls reach the executable's definition.
    static var isBound: Bool { ow_paragraph_skip_bound() != 0 }

    /// How many paragraph detections this process has skipped so far.
    static var skippedCount: UInt { UInt(ow_paragraph_skip_count()) }
}
