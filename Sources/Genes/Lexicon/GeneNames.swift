/// The other names of one gene, which the builder collects and the name index folds into match
/// keys (a loaded lexicon keeps only the keys).
struct GeneNames: Sendable {
    /// Synonyms (NCBI `Synonyms`, FamPlex grounding names).
    var aliases: [String]
    /// Previous official symbols, when a source tells them apart from aliases.
    var previous: [String]
    /// Synonyms that FamPlex's grounding map assigns to this gene (preferred over shared aliases).
    var groundedAliases: [String]

    /// How many names these are.
    var count: Int { aliases.count + previous.count + groundedAliases.count }
}
