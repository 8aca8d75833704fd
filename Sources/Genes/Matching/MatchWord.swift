import Evidence

/// A word as the matcher walks it: its text, its OCR evidence when it came from OCR, and whether
/// the next word sits right after it on the same line (so the two may be one name).
struct MatchWord: Sendable {
    var text: String
    var box: Box?
    var confidence: Double?
    var pass: String?
    var adjacentToNext: Bool
}

/// Decides when two OCR tokens may be parts of one name: same line of the same pass, boxes
/// overlapping vertically, and a horizontal gap no wider than about one and a half letter heights.
public enum TokenAdjacency {
    /// True when `next` directly follows `token` on its line.
    public static func areAdjacent(_ token: Token, _ next: Token) -> Bool {
        guard token.isOnSameLine(as: next) else { return false }
        let height = max(token.box.height, next.box.height, 1)
        let gap = next.box.x - token.box.maxX
        let verticalOverlap = min(token.box.maxY, next.box.maxY) - max(token.box.y, next.box.y)
        return gap <= height * 3 / 2 && gap >= -height && verticalOverlap > 0
    }

    /// Words of plain text: split into lines, then on spaces and tabs; consecutive words of a
    /// line are adjacent.
    static func words(ofText text: String) -> [MatchWord] {
        var words: [MatchWord] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
            for (position, part) in parts.enumerated() {
                words.append(MatchWord(text: String(part), box: nil, confidence: nil, pass: nil,
                                       adjacentToNext: position + 1 < parts.count))
            }
        }
        return words
    }

    /// Words of OCR tokens, in the order given.
    static func words(ofTokens tokens: [Token]) -> [MatchWord] {
        tokens.indices.map { index in
            let token = tokens[index]
            let adjacent = index + 1 < tokens.count && areAdjacent(token, tokens[index + 1])
            return MatchWord(text: token.text, box: token.box, confidence: token.confidence, pass: token.pass,
                             adjacentToNext: adjacent)
        }
    }
}
