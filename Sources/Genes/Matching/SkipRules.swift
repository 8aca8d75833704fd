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
        /// An English contraction (`Can't`, `don't`, `we're`, `I'll`): without its apostrophe it
        /// may spell a name (`CANT`, an alias of CASC15), but it is a word of the text.
        case contraction
    }

    /// What follows the apostrophe of an English contraction, in lower case. A possessive `'s`
    /// is not one: `IL-2's` names IL2.
    static let contractionEndings: Set<[UInt8]> = Set(["t", "re", "ve", "ll", "m", "d"].map { Array($0.utf8) })

    /// True for a byte an apostrophe starts with: `'`, a backquote, or the lead byte of `’` and `‘`.
    @inline(__always) static func mayStartApostrophe(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") || byte == 0xE2
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
        // Every token passes here: only the few with an apostrophe's byte are copied and read.
        if bytes.contains(where: Self.mayStartApostrophe), Self.isContraction(Array(bytes)) { return .contraction }
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

    /// True when `bytes` end in a letter, an apostrophe (`'`, a backquote, or the curly `’` or
    /// `‘` the engine reads it as) and a contraction's ending.
    static func isContraction(_ bytes: [UInt8]) -> Bool {
        var ending: [UInt8] = []
        var index = bytes.count - 1
        while index >= 0, MatchKey.isLetter(bytes[index]), ending.count <= 2 {
            ending.insert(bytes[index] | 0x20, at: 0)
            index -= 1
        }
        guard contractionEndings.contains(ending) else { return false }
        let apostropheLength: Int
        if index >= 0, bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "`") {
            apostropheLength = 1
        } else if index >= 2, bytes[index - 2] == 0xE2, bytes[index - 1] == 0x80, bytes[index] == 0x98 || bytes[index] == 0x99 {
            apostropheLength = 3
        } else {
            return false
        }
        let before = index - apostropheLength
        return before >= 0 && MatchKey.isLetter(bytes[before])
    }
}
