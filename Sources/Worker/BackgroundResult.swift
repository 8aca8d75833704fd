import Dispatch

/// A value made once on a background thread, so that slow starts (a Tesseract model, the gene
/// lexicon) overlap the work a run can do without them; whoever needs the value waits for it.
///
/// The value is handed over once: the making thread stores it before signalling and never
/// touches it again, so a value that is not `Sendable` (an `Engine`) may cross threads here.
final class BackgroundResult<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the making thread before `done` is signalled, read only after waiting.
    private var result: Result<Value, Error> = .failure(CancellationError())

    /// Starts `make` on a background thread.
    init(_ make: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result(catching: make)
            done.signal()
        }
    }

    /// A value that is already there.
    init(ready value: Value) {
        result = .success(value)
        done.signal()
    }

    /// The value, waiting for it to be made; throws the error making it threw.
    func value() throws -> Value {
        done.wait()
        // Let the next caller through too: the result never changes once made.
        done.signal()
        return try result.get()
    }
}
