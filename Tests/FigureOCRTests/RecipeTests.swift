import FigureOCR
import Tesseract
import Testing

@Suite("Recipes")
struct RecipeTests {
    @Test("figure is the default and every recipe is found by name")
    func names() {
        #expect(Recipe.all.first == .figure)
        for recipe in Recipe.all { #expect(Recipe.named(recipe.name) == recipe) }
        #expect(Recipe.named("nope") == nil)
        #expect(Recipe.fast.identifier == "fast/3" && Recipe.fast.passes.count == 1)
        #expect(Set(Recipe.figure.passes.map(\.name)).count == Recipe.figure.passes.count)
    }

    @Test("passes and steps can be left out by name, and the identifier says so")
    func without() throws {
        let reduced = try #require(Recipe.named("figure~vertical~lines"))
        #expect(!reduced.passes.contains { $0.name == "vertical" })
        #expect(!reduced.preparation.removeLines && reduced.preparation.invertDarkRegions)
        #expect(reduced.identifier == "figure/20 [without=vertical, without=lines]")
        #expect(Recipe.named("figure~scale")?.preparation.targetCapHeight == nil)
        #expect(Recipe.named("figure~fills")?.preparation.whitenFills == false)
        #expect(Recipe.named("figure~colour") == nil)
        #expect(Recipe.named("figure~nothing") == nil)
        #expect(Recipe.named("fast~lines") != nil)
    }

    @Test("decoding: luminance for grey passes only, converted grey for prepared views, as stored when a pass reads the original")
    func decoding() {
        #expect(Recipe.fast.decoding == .luminance)
        #expect(Recipe.figure.decoding == .convertedGrey)
        let original = Recipe(name: "t", version: 1, passes: [Pass(name: "plain", view: .original, mode: .sparseText)] + Recipe.figure.passes)
        #expect(original.decoding == .stored)
    }

    @Test("a mode override applies to every pass and is recorded")
    func modeOverride() {
        let recipe = Recipe.figure.overridingMode(.singleBlock)
        #expect(recipe.passes.allSatisfy { $0.mode == .singleBlock })
        #expect(recipe.passes.map(\.view) == Recipe.figure.passes.map(\.view))
        #expect(recipe.identifier.hasSuffix("[psm=6]"))
    }
}
