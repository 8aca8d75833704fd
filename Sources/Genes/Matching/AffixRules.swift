/// Prefixes and suffixes that decorate a gene name (`p-`, `phospho-`, `-P`, `GFP-`), read from the
/// data file `affixes.txt`, and the stripping step that uses them.
public struct AffixRules: Hashable, Sendable {
    /// Prefixes, longest first so that `phospho-` wins over `p-`.
    public let prefixes: [String]
    /// Suffixes, longest first.
    public let suffixes: [String]
    // Byte forms indexed by first (prefixes) or last (suffixes) byte: most words start and end
    // with a byte no affix has, and are rejected with one array access, no hashing.
    private let prefixesByFirstByte: [[[UInt8]]]
    private let suffixesByLastByte: [[[UInt8]]]

    /// Rules from explicit lists.
    public init(prefixes: [String], suffixes: [String]) {
        self.prefixes = prefixes.filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
        self.suffixes = suffixes.filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
        var byFirst = [[[UInt8]]](repeating: [], count: 256)
        for prefix in self.prefixes { byFirst[Int(prefix.utf8.first ?? 0)].append(Array(prefix.utf8)) }
        var byLast = [[[UInt8]]](repeating: [], count: 256)
        for suffix in self.suffixes { byLast[Int(suffix.utf8.last ?? 0)].append(Array(suffix.utf8)) }
        prefixesByFirstByte = byFirst
        suffixesByLastByte = byLast
    }

    public static func == (lhs: AffixRules, rhs: AffixRules) -> Bool {
        lhs.prefixes == rhs.prefixes && lhs.suffixes == rhs.suffixes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(prefixes)
        hasher.combine(suffixes)
    }

    /// Rules parsed from the data file's text (`prefix<TAB>p-` lines, `#` comments).
    public init(parsing text: String) {
        var prefixes: [String] = [], suffixes: [String] = []
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            if fields[0] == "prefix" { prefixes.append(fields[1]) }
            if fields[0] == "suffix" { suffixes.append(fields[1]) }
        }
        self.init(prefixes: prefixes, suffixes: suffixes)
    }

    /// The word with one affix removed, for each affix it carries, with the step's name
    /// (`strip-prefix:p-`). The remainder must keep at least two characters.
    public func strippedForms(of word: String) -> [(text: String, transform: String)] {
        let bytes = word.utf8
        guard let first = bytes.first, let last = bytes.last else { return [] }
        let prefixes = prefixesByFirstByte[Int(first)], suffixes = suffixesByLastByte[Int(last)]
        if prefixes.isEmpty && suffixes.isEmpty { return [] }
        let array = Array(bytes)
        var forms: [(String, String)] = []
        for prefix in prefixes where array.count >= prefix.count + 2 && array.starts(with: prefix) {
            forms.append((String(decoding: array[prefix.count...], as: UTF8.self),
                          "strip-prefix:" + String(decoding: prefix, as: UTF8.self)))
            break
        }
        for suffix in suffixes where array.count >= suffix.count + 2 && array.suffix(suffix.count).elementsEqual(suffix) {
            forms.append((String(decoding: array[..<(array.count - suffix.count)], as: UTF8.self),
                          "strip-suffix:" + String(decoding: suffix, as: UTF8.self)))
            break
        }
        return forms
    }

    /// The singular of a plural (`ERKs` -> `ERK`): a final lower-case `s`, not `ss`, leaving at
    /// least three characters; nil otherwise.
    public static func singular(of word: String) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, bytes[bytes.count - 1] == UInt8(ascii: "s"),
              bytes[bytes.count - 2] != UInt8(ascii: "s") else { return nil }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// True for letters only with no capital after the first: `particle`, `Trap` (not `ERK`,
    /// `AKAP`, `Tlr4`).
    public static func isSpeltLikeWord(_ word: String) -> Bool {
        let bytes = word.utf8
        return bytes.allSatisfy(MatchKey.isLetter) && !bytes.dropFirst().contains(where: MatchKey.isUpper)
    }

    /// The word without an isoform letter (`SREBP1a` -> `SREBP1`, `PGC1a`): one final lower-case
    /// letter after a digit, tried only when the word names nothing as written.
    public static func withoutIsoformLetter(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, let last = bytes.last, last &- 0x61 < 26,
              MatchKey.isDigit(bytes[bytes.count - 2]) else { return nil }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// The word without a final receptor-style `R` (`IFNAR` -> `IFNA`), tried only when what
    /// remains is a lexicon name: a capital `R` after a capital or digit, leaving three characters.
    public static func withoutFinalR(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 4, bytes[bytes.count - 1] == UInt8(ascii: "R") else { return nil }
        let before = bytes[bytes.count - 2]
        guard MatchKey.isUpper(before) || MatchKey.isDigit(before) else { return nil }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }
}
