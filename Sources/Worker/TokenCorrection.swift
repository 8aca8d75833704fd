import Evidence
import Genes

/// Carries the gene matcher's OCR corrections back into the tokens: a token that names nothing
/// as read but one gene's symbol under a small-print confusion (`PDESA` -> PDE5A) gets that
/// spelling as its text and keeps the engine's reading as `raw`, so the tokens, the OCR text and
/// the tokens TSV say what the figure most likely says, and the correction stays visible. A
/// correction to a previous symbol (`ATPSAL` -> ATP5A1, now ATP5F1A) spells the previous symbol:
/// that is what the figure says; the record's gene carries the current one.
enum TokenCorrection {
    /// `tokens` with the unambiguous single-token corrections among `mentions` applied.
    static func applying(_ mentions: [GeneMention], to tokens: [Token]) -> [Token] {
        let corrections = mentions.filter {
            $0.source == .corrected && !$0.ambiguous && !$0.transforms.contains("join-tokens") && $0.box != nil
        }
        guard !corrections.isEmpty else { return tokens }
        return tokens.map { token in
            guard token.raw == nil,
                  let mention = corrections.first(where: { $0.box == token.box && $0.pass == token.pass && $0.word == token.text })
            else { return token }
            var corrected = token
            corrected.raw = token.text
            corrected.text = spelling(of: mention)
            return corrected
        }
    }

    /// The name the correction spelt: the official symbol as written (`HLA-A`), unless the
    /// correction reached a previous symbol, whose key is all there is of its spelling.
    static func spelling(of mention: GeneMention) -> String {
        MatchKey.make(mention.symbol)?.text == mention.match ? mention.symbol : mention.match
    }
}
