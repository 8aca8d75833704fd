/// The lexicon-aware correction step: OCR confuses `I`, `l`, `1` and `|`, and `O` and `0`, and
/// reads a Greek gamma (`IFNγ`, `PLCγ2`) as `Y` or `y`. A word that names nothing but becomes an
/// official symbol under exactly one such substitution (`MAPKl` -> MAPK1, `CDl4` -> CD14,
/// `lL6` -> IL6, `IFNY` -> IFNG) is a candidate, reported as `corrected`.
public enum OCRCorrector {
    /// Bytes OCR confuses, and what each may really have been.
    static let confusions: [UInt8: [UInt8]] = [
        UInt8(ascii: "l"): Array("1I".utf8),
        UInt8(ascii: "I"): Array("1l".utf8),
        UInt8(ascii: "1"): Array("Il".utf8),
        UInt8(ascii: "|"): Array("I1l".utf8),
        UInt8(ascii: "O"): Array("0".utf8),
        UInt8(ascii: "0"): Array("O".utf8),
        // γ spelt as a Latin letter: its symbol form is G (IFNG, PLCG2, IKBKG's IKKG).
        UInt8(ascii: "Y"): Array("G".utf8),
        UInt8(ascii: "y"): Array("G".utf8),
    ]

    @inline(__always) static func isConfusable(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "l"), UInt8(ascii: "I"), UInt8(ascii: "1"), UInt8(ascii: "|"), UInt8(ascii: "O"),
             UInt8(ascii: "0"), UInt8(ascii: "Y"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    /// Words corrected: 3 to 16 bytes with at least one capital or digit (so English words in
    /// lower case, which are not symbols misread, are not bent into symbols).
    public static func isCandidate(_ word: String) -> Bool {
        let bytes = word.utf8
        guard (3...16).contains(bytes.count) else { return false }
        var hasConfusable = false, hasCapitalOrDigit = false
        for byte in bytes {
            if isConfusable(byte) { hasConfusable = true }
            if MatchKey.isUpper(byte) || MatchKey.isDigit(byte) { hasCapitalOrDigit = true }
        }
        return hasConfusable && hasCapitalOrDigit
    }

    /// Every variant of `word` with exactly one confusable byte replaced, with the step's name
    /// (`corrected:l->1`), in byte order.
    public static func variants(of word: String) -> [(text: String, transform: String)] {
        guard isCandidate(word) else { return [] }
        let bytes = Array(word.utf8)
        var result: [(String, String)] = []
        for (position, byte) in bytes.enumerated() {
            guard let replacements = confusions[byte] else { continue }
            // A gamma follows its stem (IFN-γ, PLCγ2): a leading Y or one in a three-letter word
            // is a real Y far more often (`Yer` -> GER, `SAy` -> SAG were false on the dev set).
            if byte == UInt8(ascii: "Y") || byte == UInt8(ascii: "y"), position == 0 || bytes.count < 4 { continue }
            for replacement in replacements {
                var variant = bytes
                variant[position] = replacement
                let from = String(UnicodeScalar(byte)), to = String(UnicodeScalar(replacement))
                result.append((String(decoding: variant, as: UTF8.self), "corrected:\(from)->\(to)"))
            }
        }
        return result
    }
}
