import Records

/// Writes a figure's enriched record as its files, all or nothing: `<figid>.md`,
/// `<figid>.json`, `<figid>-tokens.tsv` and, when genes were looked for, `<figid>-genes.tsv`.
public enum EnrichedFiles {
    /// Writes the files into `folder` and returns their paths.
    @discardableResult
    public static func write(_ enriched: EnrichedRecord, to folder: String) throws -> [String] {
        var files = AtomicFileSet(folder: folder)
        files.add("\(enriched.figid).md", text: try EnrichedMarkdown.text(enriched))
        files.add("\(enriched.figid).json", text: EnrichedJSON.fileText(enriched))
        files.add("\(enriched.figid)-tokens.tsv", text: TokenTable.text(enriched.ocr.tokens))
        if !enriched.lexicon.isEmpty {
            files.add("\(enriched.figid)-genes.tsv", text: GeneTable.text(enriched.genes))
        }
        return try files.commit()
    }
}
