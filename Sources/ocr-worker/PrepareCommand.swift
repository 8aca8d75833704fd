import ArgumentParser
import FigureOCR
import Foundation
import Tesseract

/// `ocr-worker prepare`: writes the image a recipe's prepared passes read, so a user can see
/// what scaling, fill whitening, inversion and line removal did to a figure that reads badly.
struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Write the preprocessed image a recipe reads (PNG), and what was measured, for inspecting a recipe.",
        discussion: """
            Prints the estimated cap height, the scale factor and the outlined boxes found on \
            stderr. Steps can be left out as in --recipe figure~lines.
            """
    )

    @Argument(help: ArgumentHelp("The figure to prepare.", valueName: "image"))
    var image: String

    @Option(name: .long, help: ArgumentHelp("Recipe (and left-out steps, e.g. figure~lines).", valueName: "recipe"))
    var recipe: String = Recipe.figure.name

    @Option(name: [.short, .long], help: ArgumentHelp("The PNG to write.", valueName: "file"))
    var output: String

    func validate() throws {
        guard let chosen = Recipe.named(recipe) else { throw ValidationError("unknown recipe '\(recipe)'") }
        if chosen.preparation == .none { throw ValidationError("recipe '\(recipe)' has no preprocessing: it reads the decoded image") }
    }

    func run() throws {
        let console = Console(verbose: true)
        let steps = Recipe.named(recipe)?.preparation ?? Recipe.figure.preparation
        let prepared: PreparedFigure
        do {
            prepared = try FigurePreparer(steps: steps).prepare(Image(contentsOf: image))
        } catch {
            console.error("\(image): \(error)")
            throw ExitCodes.unreadableImage
        }
        do {
            try prepared.image.encoded(as: .png).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            console.error("\(output): \(error)")
            throw ExitCodes.outputNotWritable
        }
        let cap = prepared.capHeight.map { String(format: "%.0f px", $0) } ?? "unknown (assumed \(Int(PreparedFigure.assumedCapHeight)) px)"
        console.info("cap height \(cap), scaled by \(String(format: "%.2f", prepared.scale)) to \(prepared.image.width)x\(prepared.image.height), \(prepared.boxInteriors.count) outlined boxes")
    }
}
