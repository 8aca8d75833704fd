/// Reads NCBI Gene's `gene_info` TSV (e.g. `Mus_musculus.gene_info.gz`), so any organism can be
/// added: tax_id, GeneID, Symbol, Synonyms (`|`-separated), type_of_gene and
/// Symbol_from_nomenclature_authority, located by the header when there is one.
enum GeneInfoReader {
    private struct Columns {
        var taxID = 0, geneID = 1, symbol = 2, synonyms = 4, type = 9, authoritySymbol = 10

        var required: Int { max(taxID, geneID, symbol, synonyms) + 1 }

        init() {}

        init(header: [String]) {
            func position(_ name: String, _ fallback: Int) -> Int { header.firstIndex(of: name) ?? fallback }
            taxID = position("#tax_id", position("tax_id", 0))
            geneID = position("GeneID", 1)
            symbol = position("Symbol", 2)
            synonyms = position("Synonyms", 4)
            type = position("type_of_gene", 9)
            authoritySymbol = position("Symbol_from_nomenclature_authority", 10)
        }
    }

    /// True when the bytes start like a gene_info file (its header line).
    static func recognises(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: "#tax_id\t".utf8) || bytes.starts(with: "tax_id\t".utf8)
    }

    /// Adds the file's genes to `builder`; the organism name comes from `organismName`, else the
    /// well-known tax ids, else the NCBI file name (`Mus_musculus.gene_info`). Returns the count.
    @discardableResult
    static func read(_ bytes: [UInt8], path: String, organismName: String?,
                     into builder: inout LexiconBuilder) throws -> Int {
        var columns = Columns()
        var count = 0
        let nameFromFile = organismFromFileName(path)
        try bytes.withUnsafeBufferPointer { buffer in
            try LineSplitter.forEachLine(buffer) { number, line in
                if line.isEmpty { return }
                let fields = LineSplitter.fields(line)
                if line.first == UInt8(ascii: "#") || (number == 1 && LineSplitter.string(fields[0]) == "tax_id") {
                    columns = Columns(header: fields.map(LineSplitter.string))
                    return
                }
                guard fields.count >= columns.required else {
                    throw GenesError.malformed(path, line: number,
                                               "expected at least \(columns.required) tab-separated fields, found \(fields.count)")
                }
                guard let taxID = Int(LineSplitter.string(fields[columns.taxID])) else {
                    throw GenesError.malformed(path, line: number, "tax_id is not a number")
                }
                let geneID = LineSplitter.string(fields[columns.geneID])
                let symbol = LineSplitter.string(fields[columns.symbol])
                guard !geneID.isEmpty, geneID != "-", !symbol.isEmpty, symbol != "-" else {
                    throw GenesError.malformed(path, line: number, "GeneID and Symbol must not be empty")
                }
                var aliases = LineSplitter.list(fields[columns.synonyms]).filter { $0 != "-" }
                if columns.authoritySymbol < fields.count {
                    let authority = LineSplitter.string(fields[columns.authoritySymbol])
                    if authority != "-", !authority.isEmpty, authority != symbol, !aliases.contains(authority) {
                        aliases.append(authority)
                    }
                }
                let type = columns.type < fields.count ? LineSplitter.string(fields[columns.type]) : "unknown"
                let organism = organismName ?? Organism.knownName(taxID: taxID) ?? nameFromFile ?? "taxon:\(taxID)"
                builder.addGene(taxID: taxID, organismName: organism, geneID: geneID, symbol: symbol,
                                type: type, aliases: aliases, previous: [])
                count += 1
            }
        }
        return count
    }

    /// `Mus musculus` from `.../Mus_musculus.gene_info.gz`, or nil for other names.
    static func organismFromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let range = name.range(of: ".gene_info") else { return nil }
        let stem = name[..<range.lowerBound].split(separator: ".").first.map(String.init) ?? ""
        let parts = stem.split(separator: "_")
        guard parts.count >= 2, parts[0].first?.isUppercase == true else { return nil }
        return parts.joined(separator: " ")
    }
}
