import CLineFindingSkip

/// Whether Tesseract's search for ruling lines is skipped on images whose lines the recipe
/// erased already, by the executable's own `LineFinder::FindAndRemoveLines`
/// (`CLineFindingSkip`), and how many searches were skipped so far.
enum LineFindingSkip {
    /// True when libtesseract's `FindAndRemoveLines` calls reach the executable's definition.
    static var isBound: Bool { ow_line_finding_skip_bound() != 0 }

    /// How many line searches this process has skipped so far.
    static var skippedCount: UInt { UInt(ow_line_finding_skip_count()) }
}
