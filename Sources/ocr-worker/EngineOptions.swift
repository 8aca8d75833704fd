import ArgumentParser
import Tesseract

/// The options that choose and configure the OCR engine, shared by the subcommands.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: "Tesseract language(s), joined by '+' (e.g. eng+deu).")
    var lang: String = "eng"

    @Option(name: .long, help: ArgumentHelp("Folder holding <lang>.traineddata (default: $TESSDATA_PREFIX, then the system's).", valueName: "dir"))
    var tessdata: String?

    /// The engine configuration these options describe.
    var configuration: EngineConfiguration {
        EngineConfiguration(
            tessdata: tessdata,
            languages: lang.split(whereSeparator: { $0 == "+" || $0 == "," }).map(String.init)
        )
    }
}
