import FigureOCR
import Tesseract

/// How figures are read and written, shared by every figure of one run.
public struct ProcessOptions: Sendable {
    /// The engine's tessdata, languages and init-only parameters.
    public var engine: EngineConfiguration
    /// The recipe to read with.
    public var recipe: Recipe
    /// Header checks made before an image is decoded.
    public var limits: ImageLimits
    /// Upper bound for each recognition pass, or nil.
    public var deadline: Duration?
    /// Whether `ocr.seconds` is recorded (off for byte-identical outputs).
    public var recordTimings: Bool
    /// Whether a figure without a record is an error rather than a warning.
    public var requireRecord: Bool
    /// Whether genes are looked for (needs the lexicon).
    public var findGenes: Bool
    /// Lexicon files added to the default human lexicon (NCBI gene_info of other organisms).
    public var extraLexicons: [String]

    /// Options from their parts; defaults give the `fast` recipe in English.
    public init(
        engine: EngineConfiguration = EngineConfiguration(), recipe: Recipe = .fast, limits: ImageLimits = .default,
        deadline: Duration? = nil, recordTimings: Bool = true, requireRecord: Bool = false,
        findGenes: Bool = true, extraLexicons: [String] = []
    ) {
        self.engine = engine
        self.recipe = recipe
        self.limits = limits
        self.deadline = deadline
        self.recordTimings = recordTimings
        self.requireRecord = requireRecord
        self.findGenes = findGenes
        self.extraLexicons = extraLexicons
    }
}
