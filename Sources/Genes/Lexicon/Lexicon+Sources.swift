extension Lexicon {
    /// The sources a `load(paths:)` of the same files would record, in the same order, without
    /// indexing any name: a compiled lexicon gives its `#source` lines (about 5 ms instead of
    /// the 0.15-0.25 s and 25 MB of a load), other formats are read as a load reads them. For
    /// callers that only need the lexicon's identity, such as a batch's supervisor.
    public static func sources(paths: [String]) throws -> [LexiconSource] {
        var builder = LexiconBuilder()
        for path in paths {
            let bytes = try LexiconBuilder.readExisting(path)
            if CompiledLexiconReader.recognises(bytes) {
                try CompiledLexiconReader.readSources(bytes, path: path, into: &builder)
            } else {
                try builder.addFile(at: path)
            }
        }
        return builder.sourceList
    }

    /// The sources of `loadDefault(adding:)`: the compiled human lexicon's, then the extras'.
    public static func defaultSources(adding extra: [String] = []) throws -> [LexiconSource] {
        try sources(paths: [LexiconLocator.defaultHumanLexiconPath()] + extra)
    }
}

extension CompiledLexiconReader {
    /// Adds only the file's `#source` lines to `builder`, after the same format check as `read`.
    static func readSources(_ bytes: [UInt8], path: String, into builder: inout LexiconBuilder) throws {
        guard bytes.starts(with: (formatLine + "\n").utf8) || bytes.starts(with: (formatLine + "\r\n").utf8) else {
            throw GenesError(.unsupportedFormat,
                             "not an ocr-worker-lexicon/1 file; rebuild it with scripts/build-lexicon", path: path)
        }
        try bytes.withUnsafeBufferPointer { buffer in
            try LineSplitter.forEachLine(buffer) { number, line in
                guard line.first == UInt8(ascii: "#"), line.starts(with: "#source\t".utf8) else { return }
                let fields = LineSplitter.fields(line)
                guard fields.count == 5 else {
                    throw GenesError.malformed(path, line: number, "#source needs 4 fields: name, version, date, checksum")
                }
                builder.addSource(LexiconSource(
                    name: LineSplitter.string(fields[1]), version: LineSplitter.string(fields[2]),
                    date: LineSplitter.string(fields[3]), checksum: LineSplitter.string(fields[4])))
            }
        }
    }
}
