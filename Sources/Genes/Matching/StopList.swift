/// Words never taken for genes: `always` in any case (AND, NA, CELL, ATP, ...), `unlessUpperCase`
/// when written with lower-case letters (English words such as `was` or `cat` that are also
/// symbols: `WAS` and `CAT` in capitals are the genes). Both lists are data files, held as keys.
public struct StopList: Hashable, Sendable {
    /// Keys stopped in any case.
    public let always: Set<String>
    /// Keys stopped unless the word is written in capitals.
    public let unlessUpperCase: Set<String>
    // Both lists in one table, so that a word costs one hash: true = always stopped.
    private let table: [String: Bool]

    /// A stop list from words (they are keyed as lexicon names are).
    public init(always: [String], unlessUpperCase: [String]) {
        self.always = Set(always.compactMap { MatchKey.make(TextFolder.fold($0).text)?.text })
        self.unlessUpperCase = Set(unlessUpperCase.compactMap { MatchKey.make(TextFolder.fold($0).text)?.text })
        var table: [String: Bool] = [:]
        for key in self.unlessUpperCase { table[key] = false }
        for key in self.always { table[key] = true }
        self.table = table
    }

    /// Words of a data file: one a line, `#` starts a comment, blank lines ignored.
    public static func words(parsing text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: " \t")
            return (word?.isEmpty ?? true) ? nil : word
        }
    }

    /// True when a word with this key, written as `folded`, is stopped.
    public func stops(key: String, folded: String) -> Bool {
        guard let always = table[key] else { return false }
        return always || folded.utf8.contains { $0 &- 0x61 < 26 }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
