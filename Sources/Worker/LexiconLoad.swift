import Genes
import Records

/// The gene lexicon, loaded once on a background thread as soon as a run starts, so its load
/// (a few ms from the cached index, ~0.1 s when built from its source) overlaps the engine's
/// start and the first figure's recognition instead of adding to them. Shared by every engine
/// of a run: the lexicon is immutable.
public final class LexiconLoad: Sendable {
    private let load: BackgroundResult<GeneFinder>

    /// Starts loading the default human lexicon plus `extraFiles` (NCBI gene_info or compiled).
    public init(extraFiles: [String] = []) {
        load = BackgroundResult { GeneFinder(lexicon: try Lexicon.loadDefault(adding: extraFiles)) }
    }

    /// Uses an already loaded lexicon (tests, or a caller that loaded it itself).
    public init(lexicon: Lexicon) {
        load = BackgroundResult(ready: GeneFinder(lexicon: lexicon))
    }

    /// The finder over the loaded lexicon, waiting for the load to end; throws its error.
    public func finder() throws -> GeneFinder {
        try load.value()
    }
}
