/// What one written form matched: the key, the winning kind of name, and its targets (genes, or
/// families for FamPlex) within one organism, with the steps that led there.
struct Selection: Sendable {
    /// The match key that hit.
    var key: String
    /// The most trusted kind of name among the key's entries for this organism.
    var kind: NameKind
    /// Gene indices, or family indices when `kind` is `.famplex`; ascending.
    var targets: [Int32]
    /// Index into `Lexicon.organisms`.
    var organism: Int
    /// Normalisation and rewriting steps, in order.
    var transforms: [String]
    /// True when OCR correction made the match.
    var corrected: Bool = false
    /// True when several corrections competed.
    var forcedAmbiguous: Bool = false

    /// True when the word fits several targets equally well: genes sharing an alias, previous
    /// symbol or official symbol, several corrections, or several FamPlex entries.
    var isAmbiguous: Bool { forcedAmbiguous || targets.count > 1 }

    /// True when the word names one gene, or one set of genes that a FamPlex entry stands for:
    /// an ambiguous gene name (`p14`: seven genes) names none of them for sure.
    var namesGenesForSure: Bool { kind == .famplex || !isAmbiguous }

    /// The same selection with steps prepended.
    func prepending(_ steps: [String]) -> Selection {
        var copy = self
        copy.transforms = steps + transforms
        return copy
    }
}
