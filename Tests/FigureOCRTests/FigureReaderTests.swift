import Evidence
@testable import FigureOCR
import Tesseract
import Testing

/// The drawn figures whose labels plain Tesseract (`--psm 11`, the `fast` recipe) drops
/// (Fixtures/README.md, "What plain Tesseract reads of them") read with the `figure` recipe.
@Suite("Figure recipe on drawn figures", .serialized)
struct FigureReaderTests {
    /// Reads a fixture with `recipe`; returns the tokens.
    func read(_ name: String, _ recipe: Recipe) throws -> [Token] {
        let engine = try Engine()
        // Process-wide, and another suite changes it: read with Tesseract's default.
        try engine.setParameter("textord_min_linesize", to: "1.25")
        return try FigureReader(recipe: recipe).read(Image(contentsOf: FigureFixtures.path(name)), with: engine)
    }

    /// The drawn labels whose every word was read (exactly, edge punctuation stripped) by a token
    /// whose box centre lies in the label's drawn box grown by `slack` pixels.
    func labelsRead(_ name: String, by tokens: [Token], slack: Int = 6) throws -> Set<String> {
        let words = tokens.map { (text: $0.text.trimmingCharacters(in: .punctuationCharacters), box: $0.box) }
        var read: Set<String> = []
        for (label, drawn) in try FigureFixtures.drawnBoxes(name) {
            let area = Box(x: drawn.x - slack, y: drawn.y - slack, width: drawn.width + 2 * slack, height: drawn.height + 2 * slack)
            let found = label.split(separator: " ").allSatisfy { part in
                words.contains { $0.text == part && area.intersection(Box(x: $0.box.x + $0.box.width / 2, y: $0.box.y + $0.box.height / 2, width: 1, height: 1)) != nil }
            }
            if found { read.insert(label) }
        }
        return read
    }

    @Test("reread crops are scaled to 30 px capitals, past the preparation's bound, never down")
    func rereadFactor() {
        #expect(FigureReader.rereadFactor(capHeight: 10) == 3)
        // Capitals of 6 px: the prepared view stops at 4 times (24 px), the crops do not.
        #expect(FigureReader.rereadFactor(capHeight: 6) == 5)
        #expect(FigureReader.rereadFactor(capHeight: 2) == FigureReader.rereadMaxScale)
        #expect(FigureReader.rereadFactor(capHeight: 45) == 1)
    }

    @Test("timing is told the preparation and every pass, in the order they ran; the one-pass recipe its pass")
    func timing() throws {
        let engine = try Engine()
        try engine.setParameter("textord_min_linesize", to: "1.25")
        let image = { try Image(contentsOf: FigureFixtures.path("boxed-labels.png")) }
        var steps: [StepTime] = []
        let timed = try FigureReader(recipe: .figure).read(image(), with: engine, names: FixedNames(names: [])) { steps.append($0) }
        #expect(steps.map(\.step) == [StepTime.preparation] + Recipe.figure.passes.map(\.name))
        #expect(steps.allSatisfy { $0.seconds >= 0 } && steps.contains { $0.seconds > 0 })
        // Timing is only told: the tokens are the same.
        #expect(timed == (try FigureReader(recipe: .figure).read(image(), with: engine, names: FixedNames(names: []))))
        steps = []
        _ = try FigureReader(recipe: .fast).read(image(), with: engine) { steps.append($0) }
        #expect(steps.map(\.step) == ["sparse"])
    }

    @Test("the reread pass changes words only where the lexicon vouches for a rereading")
    func reread() throws {
        let engine = try Engine()
        try engine.setParameter("textord_min_linesize", to: "1.25")
        let image = { try Image(contentsOf: FigureFixtures.path("boxed-labels.png")) }
        let without = try FigureReader(recipe: try #require(Recipe.named("figure~reread"))).read(image(), with: engine)
        // Every word is unsure to a lexicon that knows nothing, and no rereading is believed.
        let unvouched = try FigureReader(recipe: .figure).read(image(), with: engine, names: FixedNames(names: []))
        #expect(unvouched == without)
        // Knowing the labels, whatever is reread is one of them, and every label is still read.
        let labels: Set<String> = ["EGF", "EGFR", "KRAS", "MAP2K1", "TP53"]
        let tokens = try FigureReader(recipe: .figure).read(image(), with: engine, names: FixedNames(names: labels))
        #expect(tokens.filter { $0.pass == "reread" }.allSatisfy { labels.contains($0.text.trimmingCharacters(in: .punctuationCharacters)) })
        #expect(try labelsRead("boxed-labels.png", by: tokens).isSuperset(of: labels))
    }

    @Test("labels in outlined boxes: EGF, EGFR, KRAS, MAP2K1 and TP53 are read where they are drawn")
    func boxedLabels() throws {
        let figure = try labelsRead("boxed-labels.png", by: read("boxed-labels.png", .figure))
        let fast = try labelsRead("boxed-labels.png", by: read("boxed-labels.png", .fast))
        #expect(figure.isSuperset(of: ["EGF", "EGFR", "KRAS", "MAP2K1", "TP53"]))
        // Plain reads `»(_KRAS`, which edge-punctuation stripping turns into KRAS; the rest it drops.
        #expect(fast.isDisjoint(with: ["EGF", "EGFR", "MAP2K1", "TP53"]))
        #expect(figure.count > fast.count)
    }

    @Test("white labels on dark fills are read once dark regions are inverted")
    func whiteOnDark() throws {
        let missedByPlain: Set<String> = ["TNF", "JAK2", "STAT3", "IKBKB", "RELA", "BCL2", "CASP3"]
        let figure = try labelsRead("white-on-dark.png", by: read("white-on-dark.png", .figure))
        let fast = try labelsRead("white-on-dark.png", by: read("white-on-dark.png", .fast))
        #expect(figure.isSuperset(of: missedByPlain))
        #expect(fast.isDisjoint(with: missedByPlain))
        // Without the inversion step most of them are lost again.
        let noInvert = try labelsRead("white-on-dark.png", by: read("white-on-dark.png", #require(Recipe.named("figure~invert"))))
        #expect(noInvert.intersection(missedByPlain).count < missedByPlain.count)
    }

    @Test("black labels on dark grey highlights are read: the invert step stretches such fills upright")
    func darkTextOnDarkFills() throws {
        // Drawn on #555555 boxes; plain Tesseract reads none of the genes of the figure.
        let highlighted: Set<String> = ["CALR", "B2M", "TAPBP", "CD74", "MYD88", "IRF7"]
        let figure = try labelsRead("grey-highlights.jpg", by: read("grey-highlights.jpg", .figure))
        let fast = try labelsRead("grey-highlights.jpg", by: read("grey-highlights.jpg", .fast))
        #expect(figure.isSuperset(of: highlighted))
        #expect(fast.isDisjoint(with: highlighted))
        // The labels on the light boxes around them are read too (but PDIA3, read `PDIA3S`).
        #expect(figure.isSuperset(of: ["CANX", "TAP1", "CTSS", "IRAK4", "TRAF6"]))
    }

    @Test("the labels of light boxes stacked with red ones, one filled shape, are read")
    func lightBoxesStackedWithDarkOnes() throws {
        // Each column is mostly red: measured whole, its level was the red's and the green boxes'
        // small print went white. Read here without `reread` (no lexicon), the build before read
        // none of the green boxes' eight labels; plain Tesseract reads none of the genes. (HSPA5
        // reads `HSPAS` here, which `reread` corrects, and TAP1 comes and goes with the scaling.)
        let green: Set<String> = ["PDIA3", "CANX", "CTSS", "LBP", "IRAK4", "TBK1"]
        let figure = try labelsRead("gene-stacks.jpg", by: read("gene-stacks.jpg", .figure))
        #expect(figure.isSuperset(of: green))
        #expect(try labelsRead("gene-stacks.jpg", by: read("gene-stacks.jpg", .fast)).isDisjoint(with: green))
        // Most of the red boxes' black labels are read as well (the engine reads IRF7 and STAT1
        // as `IRF?` and `STATI` here; which of them it misreads moves with the scaling).
        let red: Set<String> = ["CALR", "B2M", "TAP2", "IRF7", "STAT1", "MYD88", "CD74", "FADD", "IKBKB", "TLR4", "TRAF6", "NFKB1"]
        #expect(figure.intersection(red).count >= 8)
    }

    @Test("labels turned 90 degrees are read by the vertical pass, with boxes on the drawn labels")
    func verticalLabels() throws {
        let tokens = try read("vertical-label.png", .figure)
        let figure = try labelsRead("vertical-label.png", by: tokens)
        #expect(figure.isSuperset(of: ["Plasma membrane", "NOTCH1"]))
        #expect(try labelsRead("vertical-label.png", by: read("vertical-label.png", .fast)).isDisjoint(with: ["Plasma membrane", "NOTCH1"]))
        // The turned word's box is tall and narrow in the source, on the drawn ink (19x97 at 126,252).
        let notch = try #require(tokens.first { $0.text == "NOTCH1" })
        #expect(notch.pass == "vertical")
        #expect(notch.box.height > 3 * notch.box.width)
        #expect(notch.box.overlapRatio(Box(x: 126, y: 252, width: 19, height: 97)) > 0.6)
    }

    @Test("labels that layout analysis loses to the marks around them are read by the unread-lines pass")
    func labelsBesideMarks() throws {
        let name = "membranes-12-00775-g005.jpg"
        let figure = try labelsRead(name, by: read(name, .figure))
        #expect(figure.isSuperset(of: ["Tumor cell", "FAK/MMP", "intravenous", "injection"]))
        // The prepared page read sparsely loses the label on the filled ellipse. (It read the one
        // in the box an inhibition bar ends on, FAK/MMP, once the `lines` step erased closed
        // outlines: `figure/16`.)
        let withoutPass = try labelsRead(name, by: read(name, #require(Recipe.named("figure~unread"))))
        #expect(!withoutPass.contains("Tumor cell"))
    }

    @Test("scaled passes map boxes back onto the drawn labels")
    func scaledBoxes() throws {
        let tokens = try read("small-type.jpg", .figure)
        let drawn = try FigureFixtures.drawnBoxes("small-type.jpg")
        var matched = 0
        for (label, box) in drawn where !label.contains(" ") {
            // Paired by text, punctuation read beside a label aside (`FZD1;`): the boxes are
            // what is checked here.
            guard let token = tokens.first(where: { $0.text.trimmingCharacters(in: .punctuationCharacters) == label }) else { continue }
            // Tesseract's word boxes are a little larger than the ink of 11 px type, and may take
            // in a mark touching the word (the arrowhead over `MYC`): the drawn label's centre
            // lies in the word's box.
            let centre = Box(x: box.x + box.width / 2, y: box.y + box.height / 2, width: 1, height: 1)
            #expect(centre.intersection(token.box) != nil && token.box.overlapRatio(box) > 0.35, "\(label): read at \(token.box), drawn at \(box)")
            matched += 1
        }
        #expect(matched >= 8)
    }
}
