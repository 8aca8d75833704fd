import ArgumentParser
import Worker

/// The version of the gene lexicon a batch reads with, part of every figure's identity: a new
/// lexicon makes done figures stale. The batch's parent loads the lexicon once for it (its
/// workers load their own).
enum LexiconIdentity {
    /// `none` when genes are off, else the loaded lexicon's content version.
    static func version(of reading: ReadingOptions, console: Console) throws -> String {
        guard !reading.noGenes else { return "none" }
        do {
            return try LexiconLoad(extraFiles: reading.lexicon).finder().version
        } catch {
            console.error(String(describing: error))
            throw ExitCodes.engineUnavailable
        }
    }
}
