import ArgumentParser
import FigureOCR
import Tesseract
import Worker

/// How figures are read, shared by `process`, `batch` and `stage` (and passed on, unchanged,
/// to the worker processes of the last two): recipe, engine, limits, genes, output switches.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: "Recipe: \(Recipe.all.map(\.name).joined(separator: ", ")).")
    var recipe: String = Recipe.figure.name

    @Option(name: .long, help: ArgumentHelp("Override the recipe's page segmentation mode (Tesseract --psm: 3-8, 11-13).", valueName: "n"))
    var psm: Int?

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: ArgumentHelp("Refuse images with more pixels than this (checked before decoding).", valueName: "n"))
    var maxPixels: Int = ImageLimits.default.maxPixels

    @Option(name: .long, help: ArgumentHelp("Recognition deadline per pass inside the engine, in seconds (soft: Tesseract checks it per word).", valueName: "seconds"))
    var deadline: Double?

    @Flag(name: .long, help: "Fail a figure that has no record instead of writing a minimal one.")
    var requireRecord = false

    @Flag(name: .long, help: "Leave timing fields out, so outputs are byte-identical across runs.")
    var noTimings = false

    @Option(name: .long, help: ArgumentHelp("An extra gene lexicon (NCBI gene_info, plain or .gz, or a compiled lexicon) added to the human one; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Flag(name: .long, help: "Do not look for genes (no lexicon is loaded).")
    var noGenes = false

    func validate() throws {
        if Recipe.named(recipe) == nil {
            throw ValidationError("unknown recipe '\(recipe)' (known: \(Recipe.all.map(\.name).joined(separator: ", ")))")
        }
        if let psm, SegmentationMode(rawValue: psm) == nil {
            throw ValidationError("--psm \(psm) is not supported (use one of \(SegmentationMode.allCases.map { String($0.rawValue) }.joined(separator: ", ")))")
        }
        if maxPixels <= 0 { throw ValidationError("--max-pixels must be positive") }
        if let deadline, !(deadline > 0) { throw ValidationError("--deadline must be a positive number of seconds") }
    }

    /// The options every figure is read with.
    var processOptions: ProcessOptions {
        var chosen = Recipe.named(recipe) ?? .figure
        if let psm, let mode = SegmentationMode(rawValue: psm) { chosen = chosen.overridingMode(mode) }
        return ProcessOptions(
            engine: engine.configuration, recipe: chosen,
            limits: ImageLimits(maxPixels: maxPixels, maxSide: ImageLimits.default.maxSide),
            deadline: deadline.map { .milliseconds(Int(($0 * 1000).rounded())) },
            recordTimings: !noTimings, requireRecord: requireRecord,
            findGenes: !noGenes, extraLexicons: lexicon
        )
    }

    /// These options as arguments for the worker process.
    var childArguments: [String] {
        var arguments = ["--recipe", recipe, "--lang", engine.lang, "--max-pixels", String(maxPixels)]
        if let psm { arguments += ["--psm", String(psm)] }
        if let tessdata = engine.tessdata { arguments += ["--tessdata", tessdata] }
        if let deadline { arguments += ["--deadline", String(deadline)] }
        if requireRecord { arguments.append("--require-record") }
        if noTimings { arguments.append("--no-timings") }
        if noGenes { arguments.append("--no-genes") }
        for file in lexicon { arguments += ["--lexicon", file] }
        return arguments
    }
}
