import Evidence
import Genes

/// Carries the gene matcher's OCR corrections back into the tokens: a token that names nothing
/// as read but one gene's symbol under a small-print confusion (`PDESA` -> PDE5A) gets that
/// spelling as its text and keeps the engine's reading as `raw`, so the tokens, the OCR text and
/// the tokens TSV say what the figure most likely says, and the correction stays visible. A
/// correction to a previous symbol (`ATPSAL` -> ATP5A1, now ATP5F1A) spells the previous symbol:
/// that is what the figure says; the record's gene carries the current one. A Greek letter read
/// as its Latin look-alike keeps that reading (`IFNy` names IFNG and stays `IFNy`): the figure
/// shows γ, not G. A κ read as another glyph becomes `K` in the reading (`NF-xB` -> `NF-KB`).
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
            let text = spelling(of: mention, readAs: token.text)
            guard text != token.text else { return token }
            var corrected = token
            corrected.raw = token.text
            corrected.text = text
            return corrected
        }
    }

    /// `spelling(of: mention)`, or, when the correction spelt a Greek letter as symbols do
    /// (`OCRCorrector.greekSpellings`), `reading` with only its misread glyphs mended: `IFNy`
    /// and `Ifny` stay as read, `lFNy` becomes `IFNy`. Where the two differ in length (a dropped
    /// byte, punctuation around the word) there is no position to mend by, and the word keeps
    /// its reading.
    static func spelling(of mention: GeneMention, readAs reading: String) -> String {
        // A κ read as another glyph: the reading with `K` for it (`NF-«B` -> `NF-KB`), as the
        // name it spelt may be a family's (`NFKB`), which no figure writes so.
        if mention.transforms.contains(OCRCorrector.kappaSpelling) { return OCRCorrector.kappaRead(reading) ?? reading }
        let spelt = spelling(of: mention)
        guard mention.transforms.contains(where: OCRCorrector.greekSpellings.contains) else { return spelt }
        let letters = Array(spelt.utf8), read = Array(reading.utf8)
        guard letters.count == read.count else { return reading }
        let latinGamma: Set<UInt8> = [UInt8(ascii: "y"), UInt8(ascii: "Y")]
        return String(decoding: zip(letters, read).map { spelt, read in
            let spellsGamma = latinGamma.contains(read) && spelt == UInt8(ascii: "G")
            return spellsGamma || sameLetter(spelt, read) ? read : spelt
        }, as: UTF8.self)
    }

    /// True for one ASCII byte, or one letter in either case.
    private static func sameLetter(_ a: UInt8, _ b: UInt8) -> Bool {
        let lowerA = a | 0x20
        return a == b || (lowerA == b | 0x20 && (0x61...0x7A).contains(lowerA))
    }

    /// The name the correction spelt: the official symbol as written (`HLA-A`), unless the
    /// correction reached a previous symbol, whose key is all there is of its spelling.
    static func spelling(of mention: GeneMention) -> String {
        MatchKey.make(mention.symbol)?.text == mention.match ? mention.symbol : mention.match
    }
}
