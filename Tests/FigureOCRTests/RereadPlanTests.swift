import Evidence
@testable import FigureOCR
import Testing

@Suite("Reread plan")
struct RereadPlanTests {
    static let names = FixedNames(names: ["AKT", "AKT1", "PTEN"])

    /// A word 12 px high, one to a line, so each has its own box.
    static func token(_ text: String, line: Int, confidence: Double) -> Token {
        Token(text: text, confidence: confidence, box: Box(x: 100, y: 20 * line, width: 40, height: 12),
              layout: WordLayout(block: 1, paragraph: 1, line: line, word: 1), pass: "sparse")
    }

    /// Two unsure words (`ATPSAL`, `AKT`), one settled name (`PTEN`), then `garbled` garbled
    /// words (`wove`, read at 30).
    static func tokens(garbled: Int) -> [Token] {
        [token("ATPSAL", line: 0, confidence: 70), token("PTEN", line: 1, confidence: 95), token("AKT", line: 2, confidence: 99)]
            + (0..<garbled).map { token("wove", line: 3 + $0, confidence: 30) }
    }

    @Test("a figure that reaches the target cap height: the unsure words only, in one look")
    func notShort() {
        let plan = RereadPlan(tokens: Self.tokens(garbled: 30), names: Self.names, fallsShort: false, garbledHeight: 48)
        #expect(plan.firstLook == [0, 2])
        #expect(plan.sampled.isEmpty && plan.rest.isEmpty)
        #expect(!plan.takesSecondLook(replaced: [0, 2]))
    }

    @Test("a figure that falls short: the unsure words and the first garbled ones, in the tokens' order, the rest held back")
    func sample() {
        let sample = RereadPlan.garbledSample
        let plan = RereadPlan(tokens: Self.tokens(garbled: sample + 5), names: Self.names, fallsShort: true, garbledHeight: 48)
        #expect(plan.firstLook == [0, 2] + Array(3..<(3 + sample)))
        #expect(plan.sampled == Set(3..<(3 + sample)))
        #expect(plan.rest == Array((3 + sample)..<(3 + sample + 5)))
        // Garbled words taller than the bound are none.
        let low = RereadPlan(tokens: Self.tokens(garbled: sample + 5), names: Self.names, fallsShort: true, garbledHeight: 10)
        #expect(low.firstLook == [0, 2] && low.rest.isEmpty)
    }

    @Test("the rest is read only when the first look replaced a garbled word, not an unsure one")
    func secondLook() {
        let sample = RereadPlan.garbledSample
        let plan = RereadPlan(tokens: Self.tokens(garbled: sample + 5), names: Self.names, fallsShort: true, garbledHeight: 48)
        #expect(!plan.takesSecondLook(replaced: []))
        #expect(!plan.takesSecondLook(replaced: [0, 2]))
        #expect(plan.takesSecondLook(replaced: [3 + sample - 1]))
        // A figure with no more garbled words than the sample has no second look to take.
        let small = RereadPlan(tokens: Self.tokens(garbled: sample), names: Self.names, fallsShort: true, garbledHeight: 48)
        #expect(small.rest.isEmpty)
        #expect(!small.takesSecondLook(replaced: [3]))
    }
}
