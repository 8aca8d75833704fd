import Evidence
import FigureOCR
import Testing

@Suite("Token merge")
struct TokenMergerTests {
    func token(_ text: String, _ confidence: Double, _ box: Box, _ pass: String, word: Int = 1) -> Token {
        Token(text: text, confidence: confidence, box: box, layout: WordLayout(block: 1, paragraph: 1, line: 1, word: word), pass: pass)
    }

    @Test("the same word read by two passes is kept once, with the better reading's pass")
    func sameWord() {
        let sparse = token("KRAS", 71, Box(x: 100, y: 50, width: 60, height: 20), "sparse")
        let boxes = token("KRAS", 93, Box(x: 98, y: 49, width: 63, height: 22), "boxes")
        #expect(TokenMerger.merge([sparse, boxes], passOrder: ["sparse", "boxes"]) == [boxes])
        // Case and edge punctuation do not make a different word.
        let glued = token("(kras", 40, Box(x: 90, y: 50, width: 70, height: 20), "vertical")
        #expect(TokenMerger.merge([sparse, glued], passOrder: ["sparse", "vertical"]) == [sparse])
    }

    @Test("different readings of one place keep the more confident one")
    func conflict() {
        let right = token("MAP2K1", 88, Box(x: 10, y: 10, width: 80, height: 20), "boxes")
        let wrong = token("MAP2KI", 60, Box(x: 11, y: 10, width: 79, height: 21), "sparse")
        #expect(TokenMerger.merge([wrong, right], passOrder: ["sparse", "boxes"]) == [right])
    }

    @Test("words in different places all stay, in pass order then reading order")
    func distinct() {
        let a = token("EGF", 90, Box(x: 0, y: 0, width: 30, height: 10), "sparse", word: 1)
        let b = token("EGFR", 50, Box(x: 0, y: 40, width: 40, height: 10), "sparse", word: 2)
        let c = token("NOTCH1", 95, Box(x: 100, y: 0, width: 10, height: 60), "vertical")
        // A small word inside a long one is a different word, not a duplicate.
        let d = token("P", 80, Box(x: 2, y: 40, width: 8, height: 10), "boxes")
        #expect(TokenMerger.merge([c, d, b, a], passOrder: ["sparse", "vertical", "boxes"]) == [b, a, c, d])
    }

    @Test("ties in confidence go to the earlier pass")
    func ties() {
        let first = token("TP53", 80, Box(x: 0, y: 0, width: 40, height: 12), "sparse")
        let second = token("TP53", 80, Box(x: 0, y: 0, width: 40, height: 12), "boxes")
        #expect(TokenMerger.merge([second, first], passOrder: ["sparse", "boxes"]) == [first])
    }
}
