/// A lexicon held in arrays and a dictionary, as built from its source files: for lexicons with
/// extra files (`--lexicon`), and whenever no index file can be used.
struct MemoryLexicon: Sendable {
    /// Every gene, in load order.
    let genes: [LexiconGene]
    /// Every FamPlex family or complex with at least one member gene.
    let families: [LexiconFamily]
    /// The match keys of every name.
    let index: NameIndex
}
