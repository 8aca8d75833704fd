import Foundation

/// Keeps the default lexicon's index between runs, so that each `ocr-worker` process (and each
/// batch worker) maps a file in a few milliseconds instead of building the lexicon in 0.1 s and
/// 25 MB. The first run with a new source or a new program builds the lexicon from its source,
/// as before, and writes the index for the runs after it. The cache is only ever an
/// acceleration: when its folder is unwritable or anything else fails, the lexicon is built
/// from its source and the reason is kept in `Lexicon.storageNote`.
struct LexiconIndexCache: Sendable {
    /// The environment variable naming the cache folder; `off` turns the cache off.
    static let environmentVariable = "OCR_WORKER_CACHE"

    /// The folder of the index files, nil when there is none (off, or no home).
    let directory: String?
    /// This program's executable, whose identity is part of every key; nil when unknown.
    let executable: String?

    /// The cache the environment names: `OCR_WORKER_CACHE`, else `$XDG_CACHE_HOME/ocr-worker`,
    /// else `~/.cache/ocr-worker`.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let explicit = environment[Self.environmentVariable] ?? ""
        if explicit == "off" {
            directory = nil
        } else if !explicit.isEmpty {
            directory = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            directory = xdg + "/ocr-worker"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.cache/ocr-worker"
        } else {
            directory = nil
        }
        executable = Bundle.main.executablePath
    }

    /// A cache in `directory` for the program at `executable` (tests).
    init(directory: String?, executable: String?) {
        self.directory = directory
        self.executable = executable
    }

    /// The lexicon of the compiled `source`: its index when a valid one is cached, else built
    /// from the source (throwing as `Lexicon.load` does) and, when possible, cached.
    func lexicon(source: String) throws -> Lexicon {
        guard let directory else { return try built(source, "no cache folder (\(Self.environmentVariable)=off, or no HOME)") }
        guard let executable else { return try built(source, "the program's own path is unknown") }
        let key: LexiconIndexKey
        do {
            key = try LexiconIndexKey(source: source, executable: executable)
        } catch {
            return try built(source, String(describing: error))
        }
        let path = URL(fileURLWithPath: directory).appendingPathComponent(key.fileName).path
        var reason = "no index yet"
        if FileManager.default.fileExists(atPath: path) {
            do {
                return try Lexicon(indexAt: path, identity: key.identity)
            } catch {
                reason = String(describing: error)
            }
        }
        var lexicon = try Lexicon.load(paths: [source])
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try lexicon.writeIndex(to: path, identity: key.identity)
            removeStale(in: directory, keeping: key)
            lexicon.storageNote = "in memory (\(reason); index written to \(path))"
        } catch {
            lexicon.storageNote = "in memory (\(reason); no index written: \(error))"
        }
        return lexicon
    }

    private func built(_ source: String, _ reason: String) throws -> Lexicon {
        var lexicon = try Lexicon.load(paths: [source])
        lexicon.storageNote = "in memory (\(reason))"
        return lexicon
    }

    /// Removes the indexes this program wrote for this source before (it was rebuilt, or the
    /// source changed), and temporary files that writers killed mid-write left behind. A
    /// process that still maps a removed file keeps reading it: the data goes with the last map.
    private func removeStale(in directory: String, keeping key: LexiconIndexKey) {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: directory) else { return }
        let folder = URL(fileURLWithPath: directory)
        let abandoned = Date().addingTimeInterval(-600)
        for name in names where name != key.fileName {
            let path = folder.appendingPathComponent(name).path
            if name.hasPrefix(key.stalePrefix) && name.hasSuffix(".idx") {
                try? files.removeItem(atPath: path)
            } else if name.hasPrefix("." + key.stalePrefix) && name.hasSuffix(".tmp"),
                      let modified = (try? files.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                      modified < abandoned {
                try? files.removeItem(atPath: path)
            }
        }
    }
}
