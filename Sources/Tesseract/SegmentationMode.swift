import CTesseract

/// Tesseract's page segmentation modes that make sense for figures (its `--psm` numbers).
public enum SegmentationMode: Int, Sendable, CaseIterable, Codable {
    /// PSM 3: full automatic layout analysis, as for a page.
    case automatic = 3
    /// PSM 4: one column of text of variable sizes.
    case singleColumn = 4
    /// PSM 5: one block of vertically aligned text.
    case singleBlockVertical = 5
    /// PSM 6: one uniform block of text.
    case singleBlock = 6
    /// PSM 7: one text line.
    case singleLine = 7
    /// PSM 8: one word.
    case singleWord = 8
    /// PSM 11: as much text as possible in no particular order (sparse text).
    case sparseText = 11
    /// PSM 12: sparse text with orientation and script detection.
    case sparseTextOSD = 12
    /// PSM 13: one raw line, bypassing Tesseract's text-specific hacks.
    case rawLine = 13

    /// Whether every block Tesseract finds in this mode holds a single line: sparse text (each
    /// run of words its own block) and the one-line and one-word modes.
    var blocksAreSingleLines: Bool {
        switch self {
        case .sparseText, .sparseTextOSD, .singleLine, .singleWord, .rawLine: true
        case .automatic, .singleColumn, .singleBlockVertical, .singleBlock: false
        }
    }

    /// The C enum value Tesseract takes.
    var cValue: TessPageSegMode { TessPageSegMode(rawValue: UInt32(rawValue)) }
}
