import CLineImageStore

/// Whether Tesseract's in-memory PNG copies of the images it recognises are written without
/// compression by the executable's own `pixWriteMem` (`CLineImageStore`), and how many so far.
enum LineImageStore {
    /// True when libtesseract's `pixWriteMem` calls reach the executable's definition.
    static var isBound: Bool { ow_line_image_store_bound() != 0 }

    /// How many PNG images this process has written without compression so far.
    static var storedCount: UInt { UInt(ow_line_image_store_count()) }
}
