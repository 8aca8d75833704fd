import Records

/// What one image holds, before any record is involved: the file's facts and the OCR run.
public struct FigureReading: Hashable, Sendable {
    /// The image's path, hash and size.
    public var figure: FigureFacts
    /// The OCR run and its tokens.
    public var ocr: OCRRun

    /// A reading from its parts.
    public init(figure: FigureFacts, ocr: OCRRun) {
        self.figure = figure
        self.ocr = ocr
    }
}
