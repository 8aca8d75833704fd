import CAmbiguitySkip

/// Whether engines start without Tesseract's table of universal ambiguities, which only its
/// legacy engine reads, by the executable's own `UnicharAmbigs::LoadUniversal`
/// (`CAmbiguitySkip`), and how many starts did so far.
enum AmbiguitySkip {
    /// True when libtesseract's `LoadUniversal` calls reach the executable's definition.
    static var isBound: Bool { ow_ambiguity_skip_bound() != 0 }

    /// How many engine starts in this process did not load the table.
    static var skippedCount: UInt { UInt(ow_ambiguity_skip_count()) }
}
