import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Lexicon {
    /// The lexicon of the index file at `path` (see `LexiconIndexFormat.md`), mapped into memory;
    /// with `identity`, only if the file was written for that cache key.
    init(indexAt path: String, identity: UInt64? = nil) throws {
        let mapped = try MappedLexicon(path: path, identity: identity)
        self.init(organisms: mapped.organisms, sources: mapped.sources, storage: .mapped(mapped))
    }

    /// Writes this lexicon, built from its sources, as an index file at `path`: into a temporary
    /// file in the same folder, then renamed over `path`, so a reader (or another process writing
    /// the same index at the same time) sees the old file or the whole new one, never a part.
    func writeIndex(to path: String, identity: UInt64) throws {
        let bytes = try LexiconIndexWriter.bytes(of: self, identity: identity)
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw GenesError(.unwritableFile, "cannot write the lexicon index: \(error.localizedDescription)",
                             path: temporary.path)
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw GenesError(.unwritableFile, "cannot rename the lexicon index into place: \(reason)", path: path)
        }
    }
}
