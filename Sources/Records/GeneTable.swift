import Evidence

/// The figure's genes as PFOCR's genes TSV (`<figid>-genes.tsv`), so PFOCR's own tools read it:
/// one row per distinct (word, gene), in order of first mention.
///
/// The counts are per gene over the whole figure: `count_direct` counts mentions through the
/// official symbol or a FamPlex name, `count_synonym` through an alias, previous symbol or an
/// OCR correction, `count_match` all mentions.
public enum GeneTable {
    /// PFOCR's columns, in PFOCR's order.
    public static let columns = [
        "organism_id", "organism_name", "organism_group", "word", "match", "ncbigene_symbol", "ncbigene_id",
        "source", "count_direct", "count_synonym", "count_match",
    ]

    /// The TSV text with its header line.
    public static func text(_ mentions: [GeneMention]) -> String {
        var direct: [String: Int] = [:], synonym: [String: Int] = [:]
        for mention in mentions {
            switch mention.source {
            case .symbol, .famplex: direct[mention.ncbigeneID, default: 0] += 1
            case .alias, .previous, .corrected: synonym[mention.ncbigeneID, default: 0] += 1
            }
        }
        var output = columns.joined(separator: "\t") + "\n"
        var seen: Set<[String]> = []
        for mention in mentions where seen.insert([mention.word, mention.ncbigeneID]).inserted {
            let directCount = direct[mention.ncbigeneID, default: 0], synonymCount = synonym[mention.ncbigeneID, default: 0]
            let fields = [
                mention.taxID.map(String.init) ?? "", mention.organism, mention.taxID.flatMap { divisions[$0] } ?? "",
                mention.word, mention.match, mention.symbol, mention.ncbigeneID, mention.source.rawValue,
                String(directCount), String(synonymCount), String(directCount + synonymCount),
            ]
            output += fields.map(clean).joined(separator: "\t") + "\n"
        }
        return output
    }

    /// NCBI Taxonomy's GenBank division of the organisms PFOCR covers; empty for others.
    private static let divisions: [Int: String] = [
        9606: "Primates", 9544: "Primates", 10090: "Rodents", 10116: "Rodents", 9913: "Mammals", 9823: "Mammals",
        9615: "Mammals", 9031: "Vertebrates", 7955: "Vertebrates", 8364: "Vertebrates", 7227: "Invertebrates",
        6239: "Invertebrates", 3702: "Plants and Fungi", 559292: "Plants and Fungi", 4932: "Plants and Fungi",
        4896: "Plants and Fungi", 511145: "Bacteria",
    ]

    private static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
