/// Everything that can go wrong in the Tesseract wrapper, with a stable code, a message naming
/// the file or parameter involved, and where in this module it was thrown.
public struct TesseractError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, documented reason; compare codes, not messages.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Hashable, Sendable {
            case modelMissing = "model-missing"
            case engineInitFailed = "engine-init-failed"
            case unknownParameter = "unknown-parameter"
            case imageMissing = "image-missing"
            case imageEmpty = "image-empty"
            case imageUnreadable = "image-unreadable"
            case imageTooLarge = "image-too-large"
            case imageOperationFailed = "image-operation-failed"
            case recognitionFailed = "recognition-failed"
            case deadlineExceeded = "deadline-exceeded"
        }

        fileprivate let base: Base
        fileprivate init(_ base: Base) { self.base = base }

        /// The tessdata folder lacks the traineddata of a requested language.
        public static let modelMissing = Code(.modelMissing)
        /// Tesseract refused to initialise with the given tessdata, languages and parameters.
        public static let engineInitFailed = Code(.engineInitFailed)
        /// A parameter name Tesseract does not know, or a value it did not take.
        public static let unknownParameter = Code(.unknownParameter)
        /// The image file does not exist or cannot be opened.
        public static let imageMissing = Code(.imageMissing)
        /// The image file has zero bytes.
        public static let imageEmpty = Code(.imageEmpty)
        /// Leptonica cannot decode the bytes (not an image, truncated, unsupported format).
        public static let imageUnreadable = Code(.imageUnreadable)
        /// The image's header declares more pixels than the configured limit.
        public static let imageTooLarge = Code(.imageTooLarge)
        /// A Leptonica operation (scale, crop, rotate, convert) returned no image.
        public static let imageOperationFailed = Code(.imageOperationFailed)
        /// Tesseract's recognition returned an error.
        public static let recognitionFailed = Code(.recognitionFailed)
        /// Recognition was cancelled by the monitor's deadline.
        public static let deadlineExceeded = Code(.deadlineExceeded)

        /// The code's stable name, e.g. `image-unreadable`.
        public var name: String { base.rawValue }
        /// Same as `name`.
        public var description: String { base.rawValue }
    }

    /// Why it failed.
    public let code: Code
    /// One line for a person: what failed and on which file, path or parameter.
    public let message: String
    /// Where in this module the error was made (`#fileID:#line`), for bug reports.
    public let thrownAt: String

    /// An error with its code and message; the location defaults to the caller's.
    public init(_ code: Code, _ message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.thrownAt = "\(fileID):\(line)"
    }

    /// The message, which already names what failed.
    public var description: String { message }
}
