import Evidence
import Tesseract

/// Finds horizontal lines of text that the sparse pass left unread: glyph-sized marks of the
/// ink that remains once the words already read are erased, chained along a row.
///
/// Tesseract's layout analysis drops a label when it takes it and a nearby drawing (a thick
/// arrow, a picture) for one block; cut out on its own, the same label reads cleanly.
public struct UnreadLineFinder: Sendable {
    /// Cap height of the prepared image's text, in its pixels.
    public let capHeight: Double

    /// A finder for text about `capHeight` pixels tall.
    public init(capHeight: Double) {
        self.capHeight = capHeight
    }

    /// Grey levels below this are ink.
    static let inkThreshold = 160
    /// Fewest glyphs in a line worth reading again: single marks are mostly specks and icons.
    public static let minimumGlyphs = 3

    /// Regions (in `remainder`'s pixels, margin included) that may hold a line of unread text.
    public func candidates(in remainder: Image) throws -> [Box] {
        let marks = try remainder.binarized(threshold: Self.inkThreshold).componentBoxes()
        let margin = max(2, Int((capHeight / 2).rounded()))
        return Self.lines(of: marks, capHeight: capHeight).map { $0.expanded(by: margin) }
    }

    /// The boxes of rows of glyph-sized marks: each mark about a letter tall and not much wider
    /// (arrows, lines and fills are not), each within a capital's height of the next and sharing
    /// most of its height with it.
    public static func lines(of marks: [Box], capHeight: Double) -> [Box] {
        let glyphs = marks.filter { box in
            Double(box.height) >= 0.5 * capHeight && Double(box.height) <= 1.6 * capHeight
                && Double(box.width) <= 2.5 * capHeight
        }.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        let gap = Int(capHeight.rounded())
        var parent = Array(glyphs.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for i in glyphs.indices {
            let reach = glyphs[i].maxX + gap
            var j = i + 1
            while j < glyphs.count, glyphs[j].x <= reach {
                if sharesRow(glyphs[i], glyphs[j]) { parent[root(j)] = root(i) }
                j += 1
            }
        }
        var groups: [Int: (box: Box, count: Int)] = [:]
        for i in glyphs.indices {
            let key = root(i)
            if let group = groups[key] {
                groups[key] = (group.box.union(glyphs[i]), group.count + 1)
            } else {
                groups[key] = (glyphs[i], 1)
            }
        }
        return groups.values
            .filter { $0.count >= minimumGlyphs && Double($0.box.height) <= 2.5 * capHeight }
            .map(\.box)
            .sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }

    /// True when the shorter of two marks has at least half its height beside the other.
    static func sharesRow(_ a: Box, _ b: Box) -> Bool {
        let overlap = min(a.maxY, b.maxY) - max(a.y, b.y)
        return overlap * 2 >= min(a.height, b.height)
    }
}
