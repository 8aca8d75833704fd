/// Failures of the worker's own steps, with a stable code, a message naming the file, and
/// where in this module it was thrown.
public struct WorkerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, documented reason; compare codes, not messages.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Hashable, Sendable {
            case usage
            case unknownRecipe = "unknown-recipe"
            case childCrashed = "child-crashed"
            case childTimedOut = "child-timed-out"
            case childOutOfMemory = "child-out-of-memory"
            case childProtocol = "child-protocol"
            case lockHeld = "lock-held"
            case stateUnavailable = "state-unavailable"
            case badInput = "bad-input"
            case badManifest = "bad-manifest"
        }

        fileprivate let base: Base
        fileprivate init(_ base: Base) { self.base = base }

        /// Options that do not fit together.
        public static let usage = Code(.usage)
        /// No recipe has the requested name.
        public static let unknownRecipe = Code(.unknownRecipe)
        /// A figure's worker process died of a signal (the OCR library crashed on it).
        public static let childCrashed = Code(.childCrashed)
        /// A figure's worker process ran past the hard `--timeout` and was killed.
        public static let childTimedOut = Code(.childTimedOut)
        /// A figure's worker process exhausted its memory limit.
        public static let childOutOfMemory = Code(.childOutOfMemory)
        /// A worker process broke the line protocol or could not be started.
        public static let childProtocol = Code(.childProtocol)
        /// Another run holds the state's lock.
        public static let lockHeld = Code(.lockHeld)
        /// The state database cannot be opened, migrated or written.
        public static let stateUnavailable = Code(.stateUnavailable)
        /// A stage input line is not a job (not JSON, or missing `image`).
        public static let badInput = Code(.badInput)
        /// A batch manifest line cannot be read.
        public static let badManifest = Code(.badManifest)

        /// The code's stable name.
        public var name: String { base.rawValue }
        /// Same as `name`.
        public var description: String { base.rawValue }
    }

    /// Why it failed.
    public let code: Code
    /// One line for a person.
    public let message: String
    /// Where in this module the error was made (`#fileID:#line`).
    public let thrownAt: String

    /// An error with its code and message; the location defaults to the caller's.
    public init(_ code: Code, _ message: String, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.thrownAt = "\(fileID):\(line)"
    }

    /// The message.
    public var description: String { message }
}
