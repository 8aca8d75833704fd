import Evidence

/// A figure's record with everything the worker learnt from its image: the figure's facts,
/// the OCR run and its tokens, the genes found, and warnings for the reader.
public struct EnrichedRecord: Hashable, Sendable {
    /// The original record, unchanged.
    public var record: Record
    /// The output name (figid) the files are written under; already checked to be safe.
    public var figid: String
    /// The image's facts.
    public var figure: FigureFacts
    /// The OCR run.
    public var ocr: OCRRun
    /// Genes named in the figure, in token order.
    public var genes: [GeneMention]
    /// One entry per distinct gene of the figure and its record, with its status.
    public var geneSummary: [GeneSummary]
    /// Organisms of the genes found in the figure (PFOCR's `organisms_ner`, recomputed; the
    /// record's own field is kept as it was).
    public var organismsNER: [String]
    /// Where the gene lexicon came from; empty when genes were not looked for.
    public var lexicon: [LexiconProvenance]
    /// Which matching rules named the genes; nil when genes were not looked for.
    public var matcher: MatcherProvenance?
    /// Things the reader should know (no record found, several records matched, ...).
    public var warnings: [String]

    /// An enriched record from its parts.
    public init(
        record: Record, figid: String, figure: FigureFacts, ocr: OCRRun, genes: [GeneMention] = [],
        geneSummary: [GeneSummary] = [], organismsNER: [String] = [], lexicon: [LexiconProvenance] = [],
        matcher: MatcherProvenance? = nil, warnings: [String] = []
    ) {
        self.record = record
        self.figid = figid
        self.figure = figure
        self.ocr = ocr
        self.genes = genes
        self.geneSummary = geneSummary
        self.organismsNER = organismsNER
        self.lexicon = lexicon
        self.matcher = matcher
        self.warnings = warnings
    }

    /// The status of a gene of the figure, by NCBI Gene id.
    public func status(ofGene ncbigeneID: String) -> GeneStatus? {
        geneSummary.first { $0.ncbigeneID == ncbigeneID }?.status
    }
}
