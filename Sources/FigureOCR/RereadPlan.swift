import Evidence

/// Which words the `reread` pass reads, in the looks it takes: the unsure words (`UnsureWords.
/// isCandidate`) always; on a figure that falls short of the target cap height, the garbled
/// words too (`UnsureWords.isGarbled`), but those first a sample, and the rest only when a word
/// of the sample was replaced.
///
/// Garbled words are the pass's guess: most are drawing read as letters (arrowheads, the edges
/// of a network of lines), and each costs a line of the page. Where a figure's garbled words
/// are labels, the sample finds some; where it finds none, the rest are drawing. On the dev set
/// (`figure/16`, every crop's rereading logged): of the 1,078 garbled words of the 70 PFOCR
/// figures, 2 were replaced (1 by a PFOCR word); of the 908 of the 80 WikiPathways JPEGs, 31
/// (25 by a drawn label). One PFOCR figure of a network of lines had 426, none replaced. With
/// samples of the first 20, the second look would have been taken on the figures holding all
/// 26 of those label rereadings, and 317 and 582 garbled words read instead of 1,078 and 908.
/// Built (`scripts/eval-ocr --against` the build before): PFOCR words 650 and 650, JPEG labels
/// 3,245 -> 3,243 (7 won, 9 lost), PNG labels unchanged; PFOCR `reread` 0.142 -> 0.103 s/fig.
/// Unsure words get no such sample: one of 20 would have lost 25 of the 193 JPEG rereadings
/// that read a label.
struct RereadPlan: Equatable {
    /// Garbled words read on the first look.
    static let garbledSample = 20

    /// Indices of the words read on the first look, in the tokens' order: the unsure words and
    /// the first `garbledSample` garbled ones.
    let firstLook: [Int]
    /// Indices of the garbled words read on the first look.
    let sampled: Set<Int>
    /// Indices of the garbled words left for the second look.
    let rest: [Int]

    /// The plan for `tokens`: garbled words count only when `fallsShort` (`PreparedFigure.
    /// fallsShort`), up to `garbledHeight` px high (`UnsureWords.isGarbled`).
    init(tokens: [Token], names: any NameLexicon, fallsShort: Bool, garbledHeight: Double) {
        var firstLook: [Int] = [], sampled = Set<Int>(), rest: [Int] = []
        for index in tokens.indices {
            if UnsureWords.isCandidate(tokens[index], names: names) {
                firstLook.append(index)
            } else if fallsShort && UnsureWords.isGarbled(tokens[index], maxHeight: garbledHeight, names: names) {
                if sampled.count < Self.garbledSample {
                    firstLook.append(index)
                    sampled.insert(index)
                } else {
                    rest.append(index)
                }
            }
        }
        self.firstLook = firstLook
        self.sampled = sampled
        self.rest = rest
    }

    /// True when the garbled words left (`rest`) are worth the second look: some are left, and
    /// the first look replaced a garbled word (`replaced` holds the indices it replaced).
    func takesSecondLook(replaced: some Sequence<Int>) -> Bool {
        !rest.isEmpty && replaced.contains(where: sampled.contains)
    }
}
