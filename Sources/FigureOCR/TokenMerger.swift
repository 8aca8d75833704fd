import Foundation
import Evidence

/// Merges the tokens of several passes into one list: where two passes read the same place, the
/// reading with the higher confidence is kept, with the pass that made it.
public enum TokenMerger {
    /// Share of the smaller box two same-text tokens must overlap to be one word.
    public static let sameWordOverlap = 0.5
    /// Intersection over union at which two different readings are of the same word.
    public static let conflictOverlap = 0.5

    /// The merged tokens: best readings first decided, then returned in pass order (the order of
    /// `passes`, then each pass's own reading order) so output stays deterministic.
    public static func merge(_ tokens: [Token], passOrder passes: [String]) -> [Token] {
        let rank = Dictionary(passes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let indexed = Array(tokens.enumerated())
        // Highest confidence first; ties go to the earlier pass, then the earlier token.
        let byPreference = indexed.sorted { lhs, rhs in
            if lhs.element.confidence != rhs.element.confidence { return lhs.element.confidence > rhs.element.confidence }
            let l = rank[lhs.element.pass] ?? Int.max, r = rank[rhs.element.pass] ?? Int.max
            return l != r ? l < r : lhs.offset < rhs.offset
        }
        var kept: [(offset: Int, element: Token)] = []
        for candidate in byPreference where !kept.contains(where: { isDuplicate(candidate.element, of: $0.element) }) {
            kept.append(candidate)
        }
        return kept.sorted { lhs, rhs in
            let l = rank[lhs.element.pass] ?? Int.max, r = rank[rhs.element.pass] ?? Int.max
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// True when `token` reads the same place as `kept`: the same text over most of the smaller
    /// box, or any text over most of both boxes.
    public static func isDuplicate(_ token: Token, of kept: Token) -> Bool {
        guard let overlap = token.box.intersection(kept.box) else { return false }
        if normalised(token.text) == normalised(kept.text) {
            let smaller = min(token.box.area, kept.box.area)
            return smaller > 0 && Double(overlap.area) >= sameWordOverlap * Double(smaller)
        }
        return token.box.overlapRatio(kept.box) >= conflictOverlap
    }

    /// Text compared case-insensitively and without edge punctuation.
    static func normalised(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.symbols).union(.whitespaces))
    }
}
