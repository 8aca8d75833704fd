@testable import FigureOCR
import Testing

@Suite("Prepared figure")
struct PreparedFigureTests {
    @Test("a figure falls short of the target cap height when its scale left the capitals more than a pixel below it")
    func fallsShort() {
        // Capitals of 6 px scaled by the bound of 4: 24 px against 28.
        #expect(PreparedFigure.fallsShort(capHeight: 6, scale: 4, target: 28))
        // A large figure held to the pixel budget: 9 px scaled by 1.71.
        #expect(PreparedFigure.fallsShort(capHeight: 9, scale: 1.71, target: 28))
        // Reached, or within the rounding of the scale factor.
        #expect(!PreparedFigure.fallsShort(capHeight: 8, scale: 3.5, target: 28))
        #expect(!PreparedFigure.fallsShort(capHeight: 9, scale: 3.11, target: 28))
        // No target (the figure's own size), or no measured cap height.
        #expect(!PreparedFigure.fallsShort(capHeight: 6, scale: 1, target: nil))
        #expect(!PreparedFigure.fallsShort(capHeight: nil, scale: 1, target: 28))
    }
}
