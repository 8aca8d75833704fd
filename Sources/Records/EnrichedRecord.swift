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
    /// Things the reader should know (no record found, several records matched, ...).
    public var warnings: [String]

    /// An enriched record from its parts.
    public init(record: Record, figid: String, figure: FigureFacts, ocr: OCRRun, genes: [GeneMention] = [], warnings: [String] = []) {
        self.record = record
        self.figid = figid
        self.figure = figure
        self.ocr = ocr
        self.genes = genes
        self.warnings = warnings
    }
}
