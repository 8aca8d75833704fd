import Evidence

/// Compares the genes found in a figure with those its record already names, as PFOCR's
/// curators would: confirmed, figure only, record only.
public enum GeneComparison {
    /// One summary per distinct gene: the figure's genes in order of first mention, then the
    /// record's other genes (keywords first, then caption).
    public static func summarize(figure: [GeneMention], keywords: [GeneMention], caption: [GeneMention]) -> [GeneSummary] {
        let keywordIDs = Set(keywords.map(\.ncbigeneID))
        let captionIDs = Set(caption.map(\.ncbigeneID))
        var order: [String] = []
        var summaries: [String: GeneSummary] = [:]
        for mention in figure {
            if var summary = summaries[mention.ncbigeneID] {
                if !summary.figureWords.contains(mention.word) { summary.figureWords.append(mention.word) }
                summaries[mention.ncbigeneID] = summary
                continue
            }
            let inKeywords = keywordIDs.contains(mention.ncbigeneID), inCaption = captionIDs.contains(mention.ncbigeneID)
            order.append(mention.ncbigeneID)
            summaries[mention.ncbigeneID] = GeneSummary(
                symbol: mention.symbol, ncbigeneID: mention.ncbigeneID, organism: mention.organism,
                status: inKeywords || inCaption ? .confirmed : .figureOnly,
                figureWords: [mention.word], inKeywords: inKeywords, inCaption: inCaption
            )
        }
        for mention in keywords + caption where summaries[mention.ncbigeneID] == nil {
            order.append(mention.ncbigeneID)
            summaries[mention.ncbigeneID] = GeneSummary(
                symbol: mention.symbol, ncbigeneID: mention.ncbigeneID, organism: mention.organism, status: .recordOnly,
                figureWords: [], inKeywords: keywordIDs.contains(mention.ncbigeneID),
                inCaption: captionIDs.contains(mention.ncbigeneID)
            )
        }
        return order.compactMap { summaries[$0] }
    }

    /// The organisms of the figure's genes, in order of first mention: PFOCR's `organisms_ner`,
    /// recomputed from the lexicons that matched.
    public static func organisms(of figure: [GeneMention]) -> [String] {
        var seen: Set<String> = []
        return figure.map(\.organism).filter { seen.insert($0).inserted }
    }
}
