/// Failures of the worker's own steps, with a stable code, a message naming the file, and
/// where in this module it was thrown.
public struct WorkerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, documented reason; compare codes, not messages.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Hashable, Sendable {
            case usage
            case unknownRecipe = "unknown-recipe"
        }

        fileprivate let base: Base
        fileprivate init(_ base: Base) { self.base = base }

        /// Options that do not fit together.
        public static let usage = Code(.usage)
        /// No recipe has the requested name.
        public static let unknownRecipe = Code(.unknownRecipe)

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
