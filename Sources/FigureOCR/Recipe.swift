import Tesseract

/// A named, versioned way of reading a figure: the passes to run. The name and version go into
/// every enriched record, so a result can be traced to the exact method that produced it.
public struct Recipe: Hashable, Sendable {
    /// Short name selected by `--recipe`.
    public var name: String
    /// Bumped whenever the passes change in a way that changes output.
    public var version: Int
    /// The passes, run in order.
    public var passes: [Pass]
    /// Settings changed from the recipe's own (e.g. `psm=6`), listed in its identifier.
    public var overrides: [String]

    /// A recipe from its parts.
    public init(name: String, version: Int, passes: [Pass], overrides: [String] = []) {
        self.name = name
        self.version = version
        self.passes = passes
        self.overrides = overrides
    }

    /// `name/version`, plus overrides in brackets, e.g. `fast/1 [psm=6]`.
    public var identifier: String {
        "\(name)/\(version)" + (overrides.isEmpty ? "" : " [\(overrides.joined(separator: ", "))]")
    }

    /// One recognition of the source image in sparse-text mode (PSM 11): about plain
    /// `tesseract --psm 11`'s cost and recall.
    public static let fast = Recipe(name: "fast", version: 1, passes: [Pass(name: "sparse", mode: .sparseText)])

    /// Every recipe selectable by name.
    public static let all: [Recipe] = [.fast]

    /// The recipe called `name`, or nil.
    public static func named(_ name: String) -> Recipe? {
        all.first { $0.name == name }
    }

    /// This recipe with every pass using segmentation `mode` instead of its own.
    public func overridingMode(_ mode: SegmentationMode) -> Recipe {
        var copy = self
        copy.passes = passes.map { Pass(name: $0.name, mode: mode) }
        copy.overrides.append("psm=\(mode.rawValue)")
        return copy
    }
}
