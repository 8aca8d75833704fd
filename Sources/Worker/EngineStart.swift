import Dispatch
import Tesseract

/// A Tesseract engine started on a background thread, so that a run reads its first record
/// and decodes its first image while the model loads (about 0.1 s) instead of after.
///
/// The engine is handed over once: the starting thread stores it before signalling and never
/// touches it again; after `engine()` returns, only the waiting thread uses it.
final class EngineStart: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the starting thread before `done` is signalled, read only after waiting.
    private var result: Result<Engine, Error> = .failure(CancellationError())

    /// Starts loading the engine `configuration` names.
    init(_ configuration: EngineConfiguration) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try Engine(configuration) }
            done.signal()
        }
    }

    /// The started engine, waiting for it; throws the start's error.
    func engine() throws -> Engine {
        done.wait()
        // Let the next caller through too: the result never changes after the start.
        done.signal()
        return try result.get()
    }
}
