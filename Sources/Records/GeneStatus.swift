/// Where a gene was found: in the figure and its record (or caption), in the figure only, or
/// only in the record.
public enum GeneStatus: String, Hashable, Sendable, CaseIterable {
    /// Named in the figure and in the record's keywords or caption.
    case confirmed
    /// Named in the figure only: what OCR adds to the record.
    case figureOnly = "figure_only"
    /// Named in the record's keywords or caption but not found in the figure.
    case recordOnly = "record_only"
}
