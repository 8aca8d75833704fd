import Evidence
import FigureOCR
import Testing

@Suite("Unread line finder")
struct UnreadLineFinderTests {
    /// `count` letters 12 px tall in a row from (`x`, `y`), 8 px wide, 3 px apart.
    func word(x: Int, y: Int, count: Int) -> [Box] {
        (0..<count).map { Box(x: x + $0 * 11, y: y, width: 8, height: 12) }
    }

    @Test("letters in a row make one line; a thick arrow beside them is no letter")
    func rowBesideArrow() {
        let label = word(x: 100, y: 50, count: 6)
        let arrow = Box(x: 100, y: 70, width: 90, height: 12)
        let lines = UnreadLineFinder.lines(of: label + [arrow], capHeight: 12)
        #expect(lines == [Box(x: 100, y: 50, width: 63, height: 12)])
    }

    @Test("two rows stay two lines; words a letter apart join, words further apart do not")
    func rowsAndGaps() {
        let first = word(x: 0, y: 0, count: 4) + word(x: 52, y: 0, count: 3)
        let second = word(x: 0, y: 30, count: 5)
        let far = word(x: 300, y: 30, count: 3)
        let lines = UnreadLineFinder.lines(of: first + second + far, capHeight: 12)
        #expect(lines == [
            Box(x: 0, y: 0, width: 82, height: 12),
            Box(x: 0, y: 30, width: 52, height: 12),
            Box(x: 300, y: 30, width: 30, height: 12),
        ])
    }

    @Test("specks, lone marks and pairs, lines and large shapes are not text lines")
    func notText() {
        let specks = (0..<10).map { Box(x: $0 * 6, y: 0, width: 3, height: 3) }
        let pair = word(x: 0, y: 100, count: 2)
        let rule = Box(x: 0, y: 200, width: 500, height: 2)
        let disc = Box(x: 0, y: 300, width: 60, height: 60)
        #expect(UnreadLineFinder.lines(of: specks + pair + [rule, disc], capHeight: 12).isEmpty)
    }

    @Test("marks sharing less than half their height are on different rows")
    func staggered() {
        let low = Box(x: 0, y: 0, width: 8, height: 12)
        let high = Box(x: 11, y: 7, width: 8, height: 12)
        #expect(UnreadLineFinder.lines(of: [low, high, Box(x: 22, y: 14, width: 8, height: 12)], capHeight: 12).isEmpty)
    }
}
