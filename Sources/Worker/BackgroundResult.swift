import Dispatch
import Foundation

/// A value made once on a background thread, so that slow starts (a Tesseract model, the gene
/// lexicon) overlap the work a run can do without them; whoever needs the value waits for it.
///
/// The value is handed over once: the making thread stores it before signalling and never
/// touches it again, so a value that is not `Sendable` (an `Engine`) may cross threads here.
final class BackgroundResult<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the making thread before `done` is signalled, read only after waiting.
    private var result: Result<Value, Error> = .failure(CancellationError())

    /// Starts `make` on a thread of its own. Not on Dispatch's global queue: its first thread
    /// began 1.6-4 ms after the request (the queue's own start-up, and a second thread only
    /// after a delay), and a single figure's `process` waits for exactly this engine start.
    init(_ make: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result(catching: make)
            done.signal()
        }
        thread.start()
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
