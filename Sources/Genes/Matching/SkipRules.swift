/// The first step: tokens not worth looking up at all.
public struct SkipRules: Hashable, Sendable {
    /// Why a token is skipped.
    public enum Reason: String, Hashable, Sendable {
        /// Fewer than two letters or digits.
        case singleCharacter
        /// Digits and number punctuation only (`2`, `1,000`, `3.5%`); `14-3-3` is not one.
        case number
        /// Longer than `maxLength` characters, as run-together OCR lines are.
        case tooLong
    }

    /// Tokens longer than this (in UTF-8 bytes) are skipped.
    public var maxLength: Int

    /// Rules with the given length limit.
    public init(maxLength: Int = 64) {
        self.maxLength = maxLength
    }

    /// Why `text` is skipped, or nil when it is looked up.
    public func reason(toSkip text: String) -> Reason? {
        let bytes = text.utf8
        if bytes.count > maxLength { return .tooLong }
        var alphanumerics = 0, letters = 0, nonASCII = false
        var previousWasDigit = false, digitHyphenDigit = false, pendingHyphen = false
        for byte in bytes {
            if MatchKey.isDigit(byte) {
                alphanumerics += 1
                if pendingHyphen { digitHyphenDigit = true }
                previousWasDigit = true
                pendingHyphen = false
                continue
            }
            pendingHyphen = byte == UInt8(ascii: "-") && previousWasDigit
            previousWasDigit = false
            if MatchKey.isLetter(byte) {
                alphanumerics += 1
                letters += 1
            } else if byte >= 0x80 {
                nonASCII = true
            }
        }
        // Non-ASCII text may fold into letters (`β1`): leave those to the normaliser.
        if nonASCII { return nil }
        if alphanumerics < 2 { return .singleCharacter }
        if letters == 0 && !digitHyphenDigit { return .number }
        return nil
    }
}
