import Crypto
import FigureOCR
import Evidence
import Foundation
import Genes
import Records

/// Finds the genes of a figure in its OCR tokens and compares them with the genes its record
/// already names (`schema-jsonld.keywords` and the caption).
public struct GeneFinder: Sendable {
    /// The matcher over the loaded lexicon.
    public let matcher: GeneMatcher
    /// Where the lexicon came from, as recorded in every enriched record.
    public let provenance: [LexiconProvenance]
    /// A short identifier of the lexicon's content (its sources' checksums) and the matcher's
    /// (`matcherProvenance`), for deciding whether a figure done with another lexicon or matcher
    /// must be redone.
    public let version: String

    /// The standard matcher's revision and the checksum of its rules' data files, as recorded
    /// in every enriched record with genes.
    public static let matcherProvenance = MatcherProvenance(
        revision: GeneMatcher.revision, rules: checksum(of: MatchRules.standardData)
    )

    /// A finder over `lexicon` with the standard matching rules.
    public init(lexicon: Lexicon) {
        matcher = GeneMatcher(lexicon: lexicon)
        provenance = lexicon.sources.map {
            LexiconProvenance(name: $0.name, version: $0.version, date: $0.date, checksum: $0.checksum)
        }
        version = Self.version(of: lexicon.sources)
    }

    /// The `version` of a lexicon with these sources under this matcher: what a batch's
    /// supervisor computes from `Lexicon.sources(paths:)` without loading the lexicon itself.
    public static func version(of sources: [LexiconSource], matcher: MatcherProvenance = matcherProvenance) -> String {
        let identity = sources.map { "\($0.name)\t\($0.version)\t\($0.date)\t\($0.checksum)" }.joined(separator: "\n")
            + "\nmatcher\t\(matcher.revision)\t\(matcher.rules)"
        return SHA256.hash(data: Data(identity.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
    }

    /// `sha256:` and the hex digest of the files' names, lengths and bytes, in order (lengths,
    /// so that no two lists of files run together into the same bytes).
    static func checksum(of files: [(name: String, bytes: [UInt8])]) -> String {
        var hash = SHA256()
        for file in files {
            hash.update(data: Data("\(file.name)\t\(file.bytes.count)\n".utf8))
            hash.update(data: file.bytes)
        }
        return "sha256:" + hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// What was found for one figure.
    public struct Findings: Sendable {
        /// Every gene mention in the tokens, in token order.
        public var mentions: [GeneMention]
        /// One entry per distinct gene of the figure and the record, with its status.
        public var summary: [GeneSummary]
        /// Organisms of the figure's genes (PFOCR's `organisms_ner`).
        public var organisms: [String]
    }

    /// The genes in `tokens`, compared with those `record` names.
    public func findings(in tokens: [Token], record: Record) -> Findings {
        let mentions = matcher.mentions(in: tokens)
        let keywords = Self.keywords(of: record).flatMap { matcher.mentions(inText: $0) }
        let caption = record["caption"]?.text.map { matcher.mentions(inText: $0) } ?? []
        return Findings(
            mentions: mentions,
            summary: GeneComparison.summarize(figure: mentions, keywords: keywords, caption: caption),
            organisms: GeneComparison.organisms(of: mentions)
        )
    }

    /// PFOCR keeps the figure's genes as `schema-jsonld.keywords`, a list of symbols; each is
    /// matched on its own so two symbols are never joined into one name.
    static func keywords(of record: Record) -> [String] {
        guard case let .sequence(items)? = record["schema-jsonld"]?["keywords"] else { return [] }
        return items.compactMap(\.text)
    }
}

extension GeneFinder: NameLexicon {
    /// The firmest way any of `word`'s mentions names something: a symbol or family beats an
    /// alias, which beats a correction (a guess, not a name the engine read).
    public func reading(of word: String) -> NameReading {
        var firmest = NameReading.none
        for mention in matcher.mentions(inText: word) {
            switch mention.source {
            case .symbol, .previous, .famplex: return .symbol
            case .alias: firmest = .alias
            case .corrected: firmest = max(firmest, .corrected)
            }
        }
        return firmest
    }
}
