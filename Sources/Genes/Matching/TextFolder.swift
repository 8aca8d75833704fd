import Foundation

/// The normalisation step: Unicode NFKC, accents removed, Greek letters and look-alike characters
/// to Latin, every dash to `-`. Case is left alone (the match key folds it, and the short-symbol
/// and stop-word rules need it). ASCII text comes back unchanged without touching Foundation.
public enum TextFolder {
    /// Folded text and the names of the steps that changed it.
    public struct Result: Hashable, Sendable {
        /// The folded text.
        public var text: String
        /// Names of the steps that changed something, in order (`nfkc`, `accents`, `greek`, ...).
        public var transforms: [String]
    }

    /// Folds one word or line of raw text.
    public static func fold(_ raw: String) -> Result {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return Result(text: raw, transforms: []) }
        var transforms: [String] = []
        var text = raw.precomposedStringWithCompatibilityMapping
        if text != raw { transforms.append("nfkc") }
        text = text.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        var changed: Set<String> = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                scalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                changed.insert("accents")
            } else if let letter = GreekLetters.latin(for: scalar) {
                scalars.append(Unicode.Scalar(letter))
                changed.insert("greek")
            } else if let letter = Homoglyphs.ascii(for: scalar) {
                scalars.append(Unicode.Scalar(letter))
                changed.insert("homoglyphs")
            } else if isDash(scalar) {
                scalars.append("-")
                changed.insert("dashes")
            } else if scalar.value == 0x00AD {
                changed.insert("dashes")  // a soft hyphen is only a line-break hint
            } else {
                scalars.append(scalar)
            }
        }
        for step in ["accents", "greek", "homoglyphs", "dashes"] where changed.contains(step) {
            transforms.append(step)
        }
        return Result(text: String(scalars).precomposedStringWithCanonicalMapping, transforms: transforms)
    }

    /// True for the hyphen, dash and minus characters that stand for `-` in names.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2010...0x2015, 0x2043, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }
}
