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

    /// The same selection with steps prepended.
    func prepending(_ steps: [String]) -> Selection {
        var copy = self
        copy.transforms = steps + transforms
        return copy
    }
}
