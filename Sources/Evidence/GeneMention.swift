/// A gene named in a figure: the OCR words that name it, the lexicon entry they matched and
/// the evidence (box, confidence, pass) that a reader can check against the image.
public struct GeneMention: Hashable, Sendable, Codable {
    /// How a word reached a lexicon entry, from most to least trusted.
    public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
        /// The official symbol of the gene.
        case symbol
        /// A FamPlex family or complex, expanded to this member gene.
        case famplex
        /// A synonym (alias) of the gene.
        case alias
        /// A previous official symbol of the gene.
        case previous
        /// Not in the lexicon as read; OCR-confusion edits made it an official or previous symbol
        /// (`match` is the name they spelt).
        case corrected
    }

    /// The raw OCR token or tokens, joined by one space when several.
    public var word: String
    /// The normalised term that matched the lexicon.
    public var match: String
    /// The gene's official symbol.
    public var symbol: String
    /// The gene's NCBI Gene id.
    public var ncbigeneID: String
    /// The organism of the lexicon entry (for example `Homo sapiens`).
    public var organism: String
    /// The organism's NCBI Taxonomy id (9606 for human), or nil when the lexicon did not say.
    public var taxID: Int?
    /// How the match was made.
    public var source: Source
    /// The names of the normalisation steps that were applied, in order.
    public var transforms: [String]
    /// The FamPlex family or complex the gene was expanded from, when `source` is `famplex`.
    public var family: String?
    /// True when the matched term names several genes and none is preferred.
    public var ambiguous: Bool
    /// The box of the word(s) in source-image pixels; nil for text that did not come from OCR.
    public var box: Box?
    /// OCR confidence of the word(s), 0...100 (lowered for corrected matches); nil for plain text.
    public var confidence: Double?
    /// The recognition pass that read the word; nil for plain text.
    public var pass: String?

    /// A mention from all of its parts.
    public init(
        word: String, match: String, symbol: String, ncbigeneID: String, organism: String, taxID: Int? = nil,
        source: Source, transforms: [String] = [], family: String? = nil, ambiguous: Bool = false,
        box: Box? = nil, confidence: Double? = nil, pass: String? = nil
    ) {
        self.word = word
        self.match = match
        self.symbol = symbol
        self.ncbigeneID = ncbigeneID
        self.organism = organism
        self.taxID = taxID
        self.source = source
        self.transforms = transforms
        self.family = family
        self.ambiguous = ambiguous
        self.box = box
        self.confidence = confidence
        self.pass = pass
    }
}
