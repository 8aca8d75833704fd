import Foundation

extension LexiconBuilder {
    /// Adds a compiled lexicon (`ocr-worker-lexicon/1`, plain or gzip) from a file.
    public mutating func addCompiledLexicon(at path: String) throws {
        let bytes = try Self.readExisting(path)
        try CompiledLexiconReader.read(bytes, path: path, into: &self)
    }

    /// Adds an NCBI `gene_info` file (plain or gzip), recording its path as a source; returns the
    /// number of genes read. `organismName` overrides the name derived from the tax id or file name.
    @discardableResult
    public mutating func addGeneInfo(at path: String, organismName: String? = nil) throws -> Int {
        let bytes = try Self.readExisting(path)
        let count = try GeneInfoReader.read(bytes, path: path, organismName: organismName, into: &self)
        addSource(LexiconSource(name: "ncbi-gene-info", version: "NCBI gene_info (\(count) genes)",
                                date: Self.modificationDate(path), checksum: path))
        return count
    }

    /// Adds a file of either format, told apart by its first line.
    public mutating func addFile(at path: String, organismName: String? = nil) throws {
        let bytes = try Self.readExisting(path)
        if CompiledLexiconReader.recognises(bytes) {
            try CompiledLexiconReader.read(bytes, path: path, into: &self)
        } else if GeneInfoReader.recognises(bytes) {
            let count = try GeneInfoReader.read(bytes, path: path, organismName: organismName, into: &self)
            addSource(LexiconSource(name: "ncbi-gene-info", version: "NCBI gene_info (\(count) genes)",
                                    date: Self.modificationDate(path), checksum: path))
        } else {
            throw GenesError(.unsupportedFormat,
                             "neither a compiled lexicon (#format line) nor an NCBI gene_info file (#tax_id header)",
                             path: path)
        }
    }

    static func readExisting(_ path: String) throws -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw GenesError(.lexiconMissing, "no lexicon file here; \(LexiconLocator.buildHint)", path: path)
        }
        return try DataFile.read(path)
    }

    private static func modificationDate(_ path: String) -> String {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else {
            return "unknown"
        }
        return String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}

extension Lexicon {
    /// Loads and indexes lexicon files (compiled or NCBI gene_info, plain or gzip), in order.
    public static func load(paths: [String]) throws -> Lexicon {
        var builder = LexiconBuilder()
        for path in paths { try builder.addFile(at: path) }
        return builder.build()
    }

    /// Loads the compiled human lexicon from its default location (see `LexiconLocator`), plus
    /// any extra files (for example other organisms' gene_info). The human lexicon alone comes
    /// from its cached index when there is one (see `LexiconIndexCache`); with extra files it is
    /// built in memory, as an index holds one source.
    public static func loadDefault(adding extra: [String] = []) throws -> Lexicon {
        let source = try LexiconLocator.defaultHumanLexiconPath()
        guard extra.isEmpty else { return try load(paths: [source] + extra) }
        return try LexiconIndexCache().lexicon(source: source)
    }
}
