/// What an engine is created with: where the models are, which languages, and the parameters
/// Tesseract only accepts at initialisation.
public struct EngineConfiguration: Hashable, Sendable {
    /// The folder holding `<lang>.traineddata`; nil means `TESSDATA_PREFIX`, then the system's.
    public var tessdata: String?
    /// Tesseract language codes, e.g. `["eng"]`; joined with `+` for Tesseract.
    public var languages: [String]
    /// Parameters passed through `TessBaseAPIInit4`, in order (for the init-only ones).
    public var initParameters: [(name: String, value: String)]

    /// A configuration from its parts; English and no extra parameters by default.
    public init(tessdata: String? = nil, languages: [String] = ["eng"], initParameters: [(name: String, value: String)] = []) {
        self.tessdata = tessdata
        self.languages = languages
        self.initParameters = initParameters
    }

    /// The languages as Tesseract spells them (`eng+deu`).
    public var languageString: String { languages.joined(separator: "+") }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.tessdata == rhs.tessdata && lhs.languages == rhs.languages
            && lhs.initParameters.elementsEqual(rhs.initParameters) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(tessdata)
        hasher.combine(languages)
        for parameter in initParameters {
            hasher.combine(parameter.name)
            hasher.combine(parameter.value)
        }
    }
}
