/// Reads the compiled lexicon format `ocr-worker-lexicon/1` that `scripts/build-lexicon` writes
/// (described in `CompiledLexiconFormat.md` beside this file).
enum CompiledLexiconReader {
    static let formatLine = "#format\tocr-worker-lexicon/1"

    /// True when the bytes start like a compiled lexicon.
    static func recognises(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: "#format\tocr-worker-lexicon/".utf8)
    }

    /// Adds the file's genes, families and sources to `builder`.
    static func read(_ bytes: [UInt8], path: String, into builder: inout LexiconBuilder) throws {
        guard bytes.starts(with: (formatLine + "\n").utf8) || bytes.starts(with: (formatLine + "\r\n").utf8) else {
            throw GenesError(.unsupportedFormat,
                             "not an ocr-worker-lexicon/1 file; rebuild it with scripts/build-lexicon", path: path)
        }
        var organisms: [Int: String] = [:]
        var familyTaxID: Int?
        try bytes.withUnsafeBufferPointer { buffer in
            try LineSplitter.forEachLine(buffer) { number, line in
                guard let first = line.first else { return }
                let fields = LineSplitter.fields(line)
                switch first {
                case UInt8(ascii: "#"):
                    try readHeader(fields, path: path, line: number, organisms: &organisms,
                                   familyTaxID: &familyTaxID, builder: &builder)
                case UInt8(ascii: "G") where fields[0].count == 1:
                    try readGene(fields, path: path, line: number, organisms: organisms, builder: &builder)
                case UInt8(ascii: "F") where fields[0].count == 1:
                    try readFamily(fields, path: path, line: number, taxID: familyTaxID, builder: &builder)
                default:
                    throw GenesError.malformed(path, line: number, "a line must start with #, G or F and a tab")
                }
            }
        }
    }

    private static func readHeader(
        _ fields: [UnsafeBufferPointer<UInt8>], path: String, line: Int, organisms: inout [Int: String],
        familyTaxID: inout Int?, builder: inout LexiconBuilder
    ) throws {
        switch LineSplitter.string(fields[0]) {
        case "#source":
            guard fields.count == 5 else {
                throw GenesError.malformed(path, line: line, "#source needs 4 fields: name, version, date, checksum")
            }
            builder.addSource(LexiconSource(
                name: LineSplitter.string(fields[1]), version: LineSplitter.string(fields[2]),
                date: LineSplitter.string(fields[3]), checksum: LineSplitter.string(fields[4])))
        case "#organism":
            guard fields.count == 3, let taxID = Int(LineSplitter.string(fields[1])) else {
                throw GenesError.malformed(path, line: line, "#organism needs a numeric tax id and a name")
            }
            organisms[taxID] = LineSplitter.string(fields[2])
            builder.addOrganism(Organism(taxID: taxID, name: LineSplitter.string(fields[2])))
            if familyTaxID == nil { familyTaxID = taxID }
        default:
            break  // #format, #builder, #previous, #note, #columns: documentation for people
        }
    }

    private static func readGene(
        _ fields: [UnsafeBufferPointer<UInt8>], path: String, line: Int, organisms: [Int: String],
        builder: inout LexiconBuilder
    ) throws {
        guard fields.count == 8 else {
            throw GenesError.malformed(path, line: line, "a G line needs 8 tab-separated fields, found \(fields.count)")
        }
        guard let taxID = Int(LineSplitter.string(fields[1])) else {
            throw GenesError.malformed(path, line: line, "the tax id is not a number")
        }
        let geneID = LineSplitter.string(fields[2])
        let symbol = LineSplitter.string(fields[3])
        guard !geneID.isEmpty, !symbol.isEmpty else {
            throw GenesError.malformed(path, line: line, "the gene id and the symbol must not be empty")
        }
        let organism = organisms[taxID] ?? Organism.knownName(taxID: taxID) ?? "taxon:\(taxID)"
        builder.addGene(taxID: taxID, organismName: organism, geneID: geneID, symbol: symbol,
                        type: LineSplitter.string(fields[4]), aliases: LineSplitter.list(fields[5]),
                        previous: LineSplitter.list(fields[6]), groundedAliases: LineSplitter.list(fields[7]))
    }

    private static func readFamily(
        _ fields: [UnsafeBufferPointer<UInt8>], path: String, line: Int, taxID: Int?,
        builder: inout LexiconBuilder
    ) throws {
        guard fields.count == 4 else {
            throw GenesError.malformed(path, line: line, "an F line needs 4 tab-separated fields, found \(fields.count)")
        }
        guard let taxID else {
            throw GenesError.malformed(path, line: line, "F lines need an #organism line before them")
        }
        var members: [Int] = []
        for geneID in LineSplitter.list(fields[2]) {
            guard let index = builder.geneIndex(taxID: taxID, geneID: geneID) else {
                throw GenesError.malformed(path, line: line, "member gene \(geneID) has no G line before it")
            }
            members.append(index)
        }
        let id = LineSplitter.string(fields[1])
        guard !id.isEmpty else { throw GenesError.malformed(path, line: line, "the family id is empty") }
        builder.addFamily(id: id, members: members, names: LineSplitter.list(fields[3]))
    }
}
