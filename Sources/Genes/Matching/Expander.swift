/// The expansion step: one written word that names several genes. `A/B` and `A,B` split;
/// a short later part borrows the first part's root (`SMAD2/3`, `IL-1/6`, `KDM6A/B`,
/// `Wnt3a/5a`); numeric ranges count through (`Wnt3-5`, `TGF-β1-3`). Candidates only: the
/// matcher keeps those that are lexicon names.
public enum Expander {
    /// One candidate name with the step that made it.
    public struct Candidate: Hashable, Sendable {
        /// The candidate text.
        public var text: String
        /// `split-slash`, `split-comma` or `range`.
        public var transform: String
        /// Candidates of one written part, in preference order: the matcher takes the first that hits.
        public var group: Int
    }

    /// The largest range counted through (`Wnt1-11` yes, `IL1-40` no).
    static let maxRange = 12

    /// Candidates for a trimmed, folded word; empty when it has nothing to expand.
    public static func candidates(_ word: String) -> [Candidate] {
        let hasSlash = word.utf8.contains(UInt8(ascii: "/"))
        let hasComma = word.utf8.contains(UInt8(ascii: ","))
        guard hasSlash || hasComma else {
            return range(word).enumerated().map { Candidate(text: $1, transform: "range", group: $0) }
        }
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "," }).map {
            Trimmer.trim(String($0))
        }.filter { !$0.isEmpty }
        guard parts.count >= 2 else {
            return parts.first.map { [Candidate(text: $0, transform: hasSlash ? "split-slash" : "split-comma", group: 0)] } ?? []
        }
        let transform = hasSlash ? "split-slash" : "split-comma"
        var result: [Candidate] = []
        var group = 0
        func add(_ text: String, _ step: String) {
            if !result.contains(where: { $0.text == text && $0.group == group }) {
                result.append(Candidate(text: text, transform: step, group: group))
            }
        }
        for (position, part) in parts.enumerated() {
            let ranged = range(part)
            if !ranged.isEmpty {
                for text in ranged {
                    add(text, transform + "+range")
                    group += 1
                }
                continue
            }
            if position > 0, let rooted = borrowRoot(first: parts[0], part: part) {
                // A short part is a suffix of the first part's root; a longer one may be a name.
                if part.utf8.count <= 3 {
                    add(rooted, transform)
                    add(part, transform)
                } else {
                    add(part, transform)
                    add(rooted, transform)
                }
            } else {
                add(part, transform)
            }
            group += 1
        }
        return result
    }

    /// True when the word has a `/` or `,` between two parts.
    public static func hasListSeparator(_ word: String) -> Bool {
        word.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ",") }
    }

    /// `first` with its trailing piece replaced by `part`, when `part` looks like such a piece:
    /// digits (`SMAD2/3`), one letter (`KDM6A/B`), digits then letters (`Wnt3a/5a`), or a letter
    /// then digits (`VSPR1/R2`).
    static func borrowRoot(first: String, part: String) -> String? {
        let head = Array(first.utf8), tail = Array(part.utf8)
        guard !tail.isEmpty, tail.count < head.count else { return nil }
        let isDigit = MatchKey.isDigit, isLetter = MatchKey.isLetter
        var cut = head.count
        if tail.allSatisfy(isDigit) {
            while cut > 0 && isDigit(head[cut - 1]) { cut -= 1 }
            guard cut < head.count else { return nil }
        } else if tail.count == 1, isLetter(tail[0]) {
            guard let last = head.last, isLetter(last) else { return nil }
            cut -= 1
        } else if let firstLetter = tail.firstIndex(where: isLetter), firstLetter > 0,
                  tail[..<firstLetter].allSatisfy(isDigit), tail[firstLetter...].allSatisfy(isLetter) {
            while cut > 0 && isLetter(head[cut - 1]) { cut -= 1 }
            let letterEnd = cut
            while cut > 0 && isDigit(head[cut - 1]) { cut -= 1 }
            guard cut < letterEnd else { return nil }
        } else if isLetter(tail[0]), tail.count >= 2, tail.dropFirst().allSatisfy(isDigit) {
            while cut > 0 && isDigit(head[cut - 1]) { cut -= 1 }
            guard cut < head.count, cut > 0, isLetter(head[cut - 1]) else { return nil }
            cut -= 1
        } else {
            return nil
        }
        guard cut > 0 else { return nil }
        return String(decoding: head[..<cut] + tail, as: UTF8.self)
    }

    /// `root<a>` ... `root<b>` for a word ending `<a>-<b>` with a < b (at most `maxRange` apart)
    /// after a root that ends in a non-digit; empty otherwise.
    public static func range(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard let dash = bytes.lastIndex(of: UInt8(ascii: "-")), dash > 0, dash < bytes.count - 1 else { return [] }
        let upperDigits = bytes[(dash + 1)...]
        guard upperDigits.count <= 3, upperDigits.allSatisfy(MatchKey.isDigit) else { return [] }
        var start = dash
        while start > 0 && MatchKey.isDigit(bytes[start - 1]) { start -= 1 }
        guard start < dash, start > 0, !MatchKey.isDigit(bytes[start - 1]), dash - start <= 3 else { return [] }
        guard let low = Int(String(decoding: bytes[start..<dash], as: UTF8.self)),
              let high = Int(String(decoding: upperDigits, as: UTF8.self)),
              low < high, high - low <= maxRange else { return [] }
        let root = String(decoding: bytes[..<start], as: UTF8.self)
        return (low...high).map { root + String($0) }
    }
}

/// Removes wrapping punctuation (`(IFN-a`, `CBP/`, `IL-1,`) that OCR keeps on a word.
public enum Trimmer {
    /// Opening brackets, quotes and list punctuation (and spaces) that lead a word.
    static func isLeading(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: " "): return true
        default: return false
        }
    }

    /// Closing brackets, quotes, list punctuation, a dangling `/` or `-` (and spaces) that end a word.
    static func isTrailing(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: " "): return true
        default: return false
        }
    }

    /// The word without leading and trailing wrapping punctuation.
    public static func trim(_ word: String) -> String {
        let bytes = word.utf8
        guard let first = bytes.first, let last = bytes.last, isLeading(first) || isTrailing(last) else { return word }
        var slice = bytes[...]
        while let byte = slice.first, isLeading(byte) { slice = slice.dropFirst() }
        while let byte = slice.last, isTrailing(byte) { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
