import CTesseract

/// Leptonica prints its own errors to stderr ("Error in pixReadMem: ..."); this wrapper reports
/// every failure as a `TesseractError` instead, so Leptonica is told to stay quiet.
enum LeptonicaMessages {
    /// The process-wide switch, flipped once; later calls are free.
    private static let silenced: Void = {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
    }()

    /// Turns Leptonica's own messages off for the whole process.
    static func silence() { _ = silenced }
}
