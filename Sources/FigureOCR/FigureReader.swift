import Evidence
import Tesseract

/// Runs a recipe's passes over one figure with one engine and returns the tokens in source
/// pixels, in pass order.
public struct FigureReader {
    /// The recipe to run.
    public let recipe: Recipe
    /// Upper bound for each pass's recognition, or nil for none.
    public let deadline: Duration?

    /// A reader for `recipe`.
    public init(recipe: Recipe, deadline: Duration? = nil) {
        self.recipe = recipe
        self.deadline = deadline
    }

    /// Reads `image` with `engine`.
    public func read(_ image: Image, with engine: Engine) throws -> [Token] {
        var tokens: [Token] = []
        for pass in recipe.passes {
            tokens += try engine.recognize(image, mode: pass.mode, pass: pass.name, deadline: deadline)
        }
        return tokens
    }
}
