/// The form every lexicon name and every candidate word is compared in: ASCII letters upper-cased,
/// digits kept, everything else dropped (so `IL-6`, `IL6` and `il 6` meet), and spelled-out Greek
/// letter names reduced to their Latin capital where they stand as a letter (`TNFalpha`,
/// `IL-1beta`, `NF-kappaB`, `TNF-ALPHA`), as PFOCR's swaps do.
public struct MatchKey: Hashable, Sendable {
    /// The key text, e.g. `GSK3B`.
    public var text: String
    /// True when a spelled-out Greek letter name was reduced.
    public var reducedGreekName: Bool

    /// The key of folded text (see `TextFolder`); nil when it has no letter or digit.
    public static func make(_ folded: String) -> MatchKey? {
        var folded = folded
        return folded.withUTF8 { make(bytes: $0) }
    }

    /// The key of folded UTF-8 bytes; nil when they hold no letter or digit.
    static func make(bytes: UnsafeBufferPointer<UInt8>) -> MatchKey? {
        let count = bytes.count
        if count == 0 { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { out -> MatchKey? in
            var length = 0
            var reduced = false
            var index = 0
            while index < count {
                let byte = bytes[index]
                if isDigit(byte) {
                    out[length] = byte
                    length += 1
                    index += 1
                } else if isLetter(byte) {
                    var end = index + 1
                    while end < count && isLetter(bytes[end]) { end += 1 }
                    if let (from, to, letter) = greekName(in: bytes, from: index, to: end) {
                        for position in index..<from { out[length] = upper(bytes[position]); length += 1 }
                        out[length] = letter
                        length += 1
                        for position in to..<end { out[length] = upper(bytes[position]); length += 1 }
                        reduced = true
                    } else {
                        for position in index..<end { out[length] = upper(bytes[position]); length += 1 }
                    }
                    index = end
                } else {
                    index += 1
                }
            }
            if length == 0 { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: out[0..<length]), as: UTF8.self)
            return MatchKey(text: text, reducedGreekName: reduced)
        }
    }

    /// The case-preserving letters and digits of folded text (`Il-6` -> `Il6`), for the rules that
    /// look at how a short word was written.
    public static func alphanumerics(_ folded: String) -> String {
        String(decoding: folded.utf8.filter { isDigit($0) || isLetter($0) }, as: UTF8.self)
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func upper(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte : byte & ~0x20 }

    /// A Greek letter name standing as a letter inside the letter run `start..<end`: the whole run
    /// (`alpha`, `Beta`), a lower-case suffix after a capital (`TNFalpha`), an upper-case suffix of
    /// an upper-case run (`TNFALPHA`), or a lower-case prefix before a capital (`kappaB`).
    private static func greekName(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> (Int, Int, UInt8)?
    {
        let length = end - start
        guard length >= 4 else { return nil }
        let last = bytes[end - 1] | 0x20
        let first = bytes[start]
        // Every name ends in `a` except epsilon; most runs are rejected on these two bytes.
        let suffixPossible = last == 0x61 || last == 0x6E
        let prefixPossible = !isUpper(first)
        guard suffixPossible || prefixPossible else { return nil }
        for (name, letter) in GreekLetters.spelled {
            let size = name.count
            guard size <= length else { continue }
            if suffixPossible {
                let from = end - size
                if equalsIgnoringCase(bytes, from, name) {
                    if from == start {
                        // The whole run: `alpha`, `Alpha` or `ALPHA`, never `aLPHA`.
                        if equalsExactly(bytes, start + 1, Array(name.dropFirst())) || allUpper(bytes, start, end) {
                            return (from, end, letter)
                        }
                    } else if equalsExactly(bytes, from, name), isUpper(bytes[from - 1]) {
                        return (from, end, letter)
                    } else if from - start >= 2, allUpper(bytes, start, end) {
                        return (from, end, letter)
                    }
                }
            }
            if prefixPossible, size < length, equalsExactly(bytes, start, name), isUpper(bytes[start + size]) {
                return (start, start + size, letter)
            }
        }
        return nil
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ name: [UInt8]) -> Bool {
        for offset in 0..<name.count where bytes[at + offset] | 0x20 != name[offset] { return false }
        return true
    }

    private static func equalsExactly(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ name: [UInt8]) -> Bool {
        for offset in 0..<name.count where bytes[at + offset] != name[offset] { return false }
        return true
    }

    private static func allUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for index in start..<end where !isUpper(bytes[index]) { return false }
        return true
    }
}
