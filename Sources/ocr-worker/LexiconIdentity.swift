import ArgumentParser
import Genes
import Worker

/// The version of the gene lexicon a batch reads with, part of every figure's identity: a new
/// lexicon makes done figures stale. The batch's parent reads only the lexicon's sources for it
/// (a full load costs 0.15-0.25 s before any worker starts, and 25 MB held for the whole run);
/// its workers load the lexicon itself, and say so before taking work when they cannot.
enum LexiconIdentity {
    /// `none` when genes are off, else the lexicon's content version.
    static func version(of reading: ReadingOptions, console: Console) throws -> String {
        guard !reading.noGenes else { return "none" }
        do {
            return GeneFinder.version(of: try Lexicon.defaultSources(adding: reading.lexicon))
        } catch {
            console.error(String(describing: error))
            throw ExitCodes.engineUnavailable
        }
    }
}
