import Genes
import Records
import Tesseract

/// The classes of failure a user acts on differently; the command line maps each to one
/// documented exit code.
public enum FailureKind: String, Sendable, CaseIterable {
    /// Options that do not fit together.
    case usage
    /// The image is missing, empty, not an image, truncated or too large.
    case unreadableImage = "unreadable-image"
    /// The record is unreadable, malformed, unsafe, or required and missing.
    case invalidRecord = "invalid-record"
    /// The OCR engine or its model cannot be loaded.
    case engineUnavailable = "engine-unavailable"
    /// An output file or folder cannot be written.
    case outputNotWritable = "output-not-writable"
    /// The gene lexicon is missing or one of its files cannot be read.
    case lexiconUnavailable = "lexicon-unavailable"
    /// Recognition passed its deadline; a longer deadline may succeed.
    case timedOut = "timed-out"
    /// Anything else: a bug or an engine failure on a valid image.
    case internalError = "internal-error"

    /// The kind of any error the worker's modules throw.
    public init(of error: Error) {
        switch error {
        case let error as TesseractError:
            switch error.code {
            case .modelMissing, .engineInitFailed, .unknownParameter: self = .engineUnavailable
            case .imageMissing, .imageEmpty, .imageUnreadable, .imageTooLarge: self = .unreadableImage
            case .deadlineExceeded: self = .timedOut
            default: self = .internalError
            }
        case is GenesError:
            self = .lexiconUnavailable
        case let error as RecordError:
            self = error.code == .outputNotWritable ? .outputNotWritable : .invalidRecord
        case let error as WorkerError:
            switch error.code {
            case .usage, .unknownRecipe, .badManifest: self = .usage
            case .childTimedOut: self = .timedOut
            case .badInput: self = .invalidRecord
            default: self = .internalError
            }
        default:
            self = .internalError
        }
    }
}
