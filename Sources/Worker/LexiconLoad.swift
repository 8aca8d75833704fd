import Dispatch
import Genes
import Records

/// The gene lexicon, loaded once on a background thread as soon as a run starts, so its load
/// (a few ms from the cached index, ~0.1 s when built from its source) overlaps the engine's
/// start and the first figure's recognition instead of adding to them. Shared by every engine
/// of a run: the lexicon is immutable.
public final class LexiconLoad: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the loading thread before `done` is signalled, read only after waiting.
    private var result: Result<GeneFinder, Error> = .failure(CancellationError())

    /// Starts loading the default human lexicon plus `extraFiles` (NCBI gene_info or compiled).
    public init(extraFiles: [String] = []) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { GeneFinder(lexicon: try Lexicon.loadDefault(adding: extraFiles)) }
            done.signal()
        }
    }

    /// Uses an already loaded lexicon (tests, or a caller that loaded it itself).
    public init(lexicon: Lexicon) {
        result = .success(GeneFinder(lexicon: lexicon))
        done.signal()
    }

    /// The finder over the loaded lexicon, waiting for the load to end; throws its error.
    public func finder() throws -> GeneFinder {
        done.wait()
        // Let the next caller through too: the result never changes after the load.
        done.signal()
        return try result.get()
    }
}
