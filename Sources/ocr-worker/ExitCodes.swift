import ArgumentParser
import Worker

/// The documented exit codes (README, "Exit codes"); stable across versions.
enum ExitCodes {
    /// Every figure was processed.
    static let success = ExitCode(0)
    /// Several figures were given and some, not all, failed (or they failed for different reasons).
    static let partialFailure = ExitCode(3)
    /// `batch`: some figures failed (see `ocr-worker status`); the others were done.
    static let figuresFailed = ExitCode(4)
    /// `batch`: another run holds the state's lock (use `--wait` to queue).
    static let lockHeld = ExitCode(5)
    /// Bad options or arguments (argument parser's own errors use the same code).
    static let usage = ExitCode(64)
    /// A record is unreadable, malformed, unsafe, or required and missing.
    static let invalidRecord = ExitCode(65)
    /// An image is missing, empty, not an image, truncated or over the size limit.
    static let unreadableImage = ExitCode(66)
    /// An internal error (a bug, or Tesseract failing on a valid image).
    static let internalError = ExitCode(70)
    /// The OCR engine, its language model or the gene lexicon cannot be loaded.
    static let engineUnavailable = ExitCode(69)
    /// An output file or folder cannot be written.
    static let outputNotWritable = ExitCode(73)
    /// Recognition passed its deadline (`--deadline`); a longer one may succeed.
    static let timedOut = ExitCode(75)

    /// The exit code for a failure kind.
    static func code(for kind: FailureKind) -> ExitCode {
        switch kind {
        case .usage: return usage
        case .unreadableImage: return unreadableImage
        case .invalidRecord: return invalidRecord
        case .engineUnavailable, .lexiconUnavailable: return engineUnavailable
        case .outputNotWritable: return outputNotWritable
        case .timedOut: return timedOut
        case .internalError: return internalError
        }
    }
}
