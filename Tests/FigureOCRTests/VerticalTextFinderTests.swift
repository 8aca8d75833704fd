import Evidence
@testable import FigureOCR
import Testing

@Suite("Vertical text finder")
struct VerticalTextFinderTests {
    /// `count` letters turned on their side, down a column from `y`: 18 px across, 12 along,
    /// 3 px apart.
    func turnedWord(y: Int, count: Int) -> [Box] {
        (0..<count).map { Box(x: 1, y: y + $0 * 15, width: 18, height: 12) }
    }

    @Test("a turned word covers its column; a turned I or l is a glyph too")
    func turnedWords() {
        #expect(VerticalTextFinder.holdsGlyphs(turnedWord(y: 0, count: 6), length: 87, capHeight: 20))
        // `ILLINI`-like: the I's are bars 3 px along the column, yet a glyph wide across it.
        var word = turnedWord(y: 0, count: 6)
        for index in [0, 3, 5] { word[index] = Box(x: 1, y: word[index].y, width: 18, height: 3) }
        #expect(VerticalTextFinder.holdsGlyphs(word, length: 87, capHeight: 20))
    }

    @Test("the dashes of a vertical dashed line are a stroke wide, however many")
    func dashedLine() {
        let dashes = (0..<20).map { Box(x: 9, y: $0 * 10, width: 3, height: 8) }
        #expect(!VerticalTextFinder.holdsGlyphs(dashes, length: 200, capHeight: 20))
    }

    @Test("an arrow's head and the ticks across a rule cover too little of it")
    func arrowAndTicks() {
        let shaft = Box(x: 9, y: 0, width: 3, height: 200)
        let head = Box(x: 0, y: 180, width: 20, height: 20)
        let ticks = [Box(x: 0, y: 50, width: 20, height: 3), Box(x: 0, y: 120, width: 20, height: 3)]
        #expect(!VerticalTextFinder.holdsGlyphs([shaft, head] + ticks, length: 200, capHeight: 20))
    }

    @Test("coverage is the union of the marks' extents: overlapping marks count once")
    func overlapCountsOnce() {
        // Each covers 40 of 100 px: one place twice is 40%, two places 80%.
        let stacked = [Box(x: 0, y: 10, width: 10, height: 40), Box(x: 10, y: 10, width: 10, height: 40)]
        #expect(!VerticalTextFinder.holdsGlyphs(stacked, length: 100, capHeight: 20))
        let apart = [Box(x: 0, y: 10, width: 10, height: 40), Box(x: 10, y: 55, width: 10, height: 40)]
        #expect(VerticalTextFinder.holdsGlyphs(apart, length: 100, capHeight: 20))
    }

    @Test("columns are at least three capitals tall, one to three lines wide and twice as tall as wide")
    func columnShape() {
        let boxes = [
            Box(x: 0, y: 0, width: 20, height: 60), Box(x: 0, y: 0, width: 20, height: 59),
            Box(x: 0, y: 0, width: 11, height: 80), Box(x: 0, y: 0, width: 71, height: 200),
            Box(x: 0, y: 0, width: 40, height: 79),
        ]
        #expect(VerticalTextFinder.verticalLines(boxes, capHeight: 20) == [Box(x: 0, y: 0, width: 20, height: 60)])
    }
}
