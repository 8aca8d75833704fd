import Evidence

/// One OCR run over a figure: which engine, model and recipe read it, how long it took, and
/// every token it found (boxes in source pixels).
public struct OCRRun: Hashable, Sendable {
    /// Engine and library versions, e.g. `tesseract 5.3.0 (leptonica-1.82.0)`.
    public var engine: String
    /// The models used, e.g. `eng 4.00.00alpha:eng:synth20170629`.
    public var model: String
    /// Recipe name and version, e.g. `fast/1`, with any overrides.
    public var recipe: String
    /// Wall-clock seconds of recognition, or nil when timings are left out for reproducible output.
    public var seconds: Double?
    /// What the preparation and each pass took, in the order they ran (their sum is within
    /// `seconds`, which also holds the merge); empty when timings are left out.
    public var steps: [StepTime]
    /// The tokens in reading order.
    public var tokens: [Token]

    /// A run from its parts.
    public init(engine: String, model: String, recipe: String, seconds: Double?, steps: [StepTime] = [], tokens: [Token]) {
        self.engine = engine
        self.model = model
        self.recipe = recipe
        self.seconds = seconds
        self.steps = steps
        self.tokens = tokens
    }

    /// The tokens as text: words of one line joined by a space, lines by a newline.
    public var text: String {
        var lines: [String] = []
        var current: [String] = []
        var previous: Token?
        for token in tokens {
            if let previous, !token.isOnSameLine(as: previous) {
                lines.append(current.joined(separator: " "))
                current = []
            }
            current.append(token.text)
            previous = token
        }
        if !current.isEmpty { lines.append(current.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }
}
