import Tesseract

/// A named, versioned way of reading a figure: its preprocessing steps and its passes. The name
/// and version go into every enriched record, so a result can be traced to the exact method that
/// produced it.
public struct Recipe: Hashable, Sendable {
    /// Short name selected by `--recipe`.
    public var name: String
    /// Bumped whenever the steps or passes change in a way that changes output.
    public var version: Int
    /// How the figure is prepared for the passes that read the prepared view.
    public var preparation: Preparation
    /// The passes, run in order.
    public var passes: [Pass]
    /// Tesseract reads a line a second time inverted when its mean confidence is below this
    /// share (its `invert_threshold`; 0.7 by default, 0 turns the retry off). The retry finds
    /// light text on dark and rescues unsure lines, at the price of a second recognition of each.
    public var invertedRetryBelow: Double
    /// Settings changed from the recipe's own (e.g. `psm=6`, `without=lines`), in its identifier.
    public var overrides: [String]

    /// A recipe from its parts.
    public init(name: String, version: Int, preparation: Preparation = .none, passes: [Pass], invertedRetryBelow: Double = 0.7, overrides: [String] = []) {
        self.name = name
        self.version = version
        self.preparation = preparation
        self.passes = passes
        self.invertedRetryBelow = invertedRetryBelow
        self.overrides = overrides
    }

    /// How a figure for this recipe is decoded: luminance grey when every pass reads the grey
    /// view (colour would be decoded only to be thrown away); the converted grey the prepared
    /// views start from when no pass reads the original (a PNG then never exists in colour:
    /// for a 21-megapixel figure 63 MB less); else as stored.
    public var decoding: ImageDecoding {
        if passes.allSatisfy({ $0.view == .grey }) { return .luminance }
        return passes.contains { $0.view == .original } ? .stored : .convertedGrey
    }

    /// `name/version`, plus overrides in brackets, e.g. `fast/1 [psm=6]`.
    public var identifier: String {
        "\(name)/\(version)" + (overrides.isEmpty ? "" : " [\(overrides.joined(separator: ", "))]")
    }

    /// One recognition of the decoded image in sparse-text mode (PSM 11), as plain
    /// `tesseract --psm 11`, but of its luminance grey (one channel to threshold, not three)
    /// and with no inverted retry of unsure lines: the retry is a second recognition of every
    /// such line, and on figures most lines are unsure. Light text on dark is the `figure`
    /// recipe's job. On the bench's 63 dev-set figures, with the lexicon's corrections: recall
    /// 0.363 against plain Tesseract's 0.295, and about 4% less time than retrying below 0.5
    /// (recall 0.387) or 0.3 (0.380).
    public static let fast = Recipe(
        name: "fast", version: 3, passes: [Pass(name: "sparse", view: .grey, mode: .sparseText)], invertedRetryBelow: 0
    )

    /// Best recall on figures: the prepared figure read sparsely, then columns of unread ink read
    /// turned both ways for vertical labels, then box interiors read on their own, then rows of
    /// glyphs still unread cut out and read apart from the drawing around them. No inverted
    /// retry of unsure lines: the `invert` step already turns dark fills over, and the retry
    /// cost 12-17% of the time for 9 of 1078 PFOCR words and no WikiPathways label (dev set).
    /// Version 5: Tesseract no longer searches the prepared views for ruling lines, which the
    /// `lines` step erased (4.8% of the instructions on WP111.jpg; dev-set recall unchanged).
    /// Version 6: words written like names that are none are read again, larger, each crop a
    /// line of one page (`reread`); a rereading the lexicon knows replaces the word.
    /// Version 7: the reread crops are turned over when dark and cleaned of box edges
    /// (`WordCrop`), and words mostly in small letters are no longer reread.
    /// Version 8: the `lines` step also erases dashes with no letter beside them.
    /// Version 9: `reread` leaves out names that no longer name could replace.
    /// Version 10: capitals scaled to 28 px, not 30 (`Preparation.full`).
    /// Version 11: `reread` also reads names whose last letter may be a digit misread
    /// (`STATS`), and believes more rereadings but no three-letter alias (`UnsureWords`);
    /// fills with light text are turned over before they are whitened
    /// (`FigurePreparer.lightTextContrast`).
    /// Version 12: `reread` stacks its crops in one column (`FigureReader.rereadPageHeight`).
    /// Version 13: on figures that could not be scaled to the target, `reread` also reads
    /// garbled words (`UnsureWords.isGarbled`), and crops of capitals under 7.5 px are scaled
    /// past the preparation's bound, to 30 px (`FigureReader.rereadFactor`).
    /// Version 14: `vertical` reads only the columns mostly covered by glyph-wide marks
    /// (`VerticalTextFinder.glyphCoverage`), not the dashed lines, arrows and rules left unread.
    /// Version 15: on figures whose fills cover a quarter of the page, the fills drawn on them
    /// are found again once the background is white, and stretched by their own levels
    /// (`FigurePreparer.backgroundShare`).
    /// Version 16: the `lines` step also erases the outlines of ovals, hexagons and other closed
    /// shapes with letters inside (`FigurePreparer.closedOutlines`).
    /// Version 17: `reread` reads the garbled words of a figure that falls short a sample first,
    /// and the rest only when the sample replaced one (`RereadPlan`); the `invert` step stretches
    /// a dark fill with darker labels upright, not turned over (`Image.turnOver(regionsOf:…)`).
    /// Version 18: a fill's level is measured without the dark fills grown into its region
    /// (`Image.whiten(regionsOf:sparing:…)`, `sparedRemainderShare`).
    /// Version 19: the figure is enlarged with a Lanczos filter, not linearly
    /// (`Image.lanczosScaled(by:)`).
    /// Version 20: so are the `reread` pass's crops.
    public static let figure = Recipe(
        name: "figure", version: 20, preparation: .full,
        passes: [
            Pass(name: "sparse", view: .prepared, mode: .sparseText),
            Pass(name: "vertical", view: .verticalText, mode: .sparseText),
            Pass(name: "boxes", view: .boxInteriors, mode: .sparseText),
            Pass(name: "unread", view: .unreadLines, mode: .sparseText),
            Pass(name: "reread", view: .unsureWords, mode: .singleBlock),
        ],
        invertedRetryBelow: 0
    )

    /// Every recipe selectable by name; the first is the default.
    public static let all: [Recipe] = [.figure, .fast]

    /// The recipe called `name`, or nil. `name~part~part` is that recipe with passes or
    /// preprocessing steps left out (e.g. `figure~boxes~lines`), for measuring what each buys.
    public static func named(_ name: String) -> Recipe? {
        let parts = name.split(separator: "~", omittingEmptySubsequences: false).map(String.init)
        guard let base = all.first(where: { $0.name == parts[0] }) else { return nil }
        var recipe = base
        for part in parts.dropFirst() {
            guard let reduced = recipe.without(part) else { return nil }
            recipe = reduced
        }
        return recipe
    }

    /// This recipe without the pass or preprocessing step called `part`, or nil when it has none.
    public func without(_ part: String) -> Recipe? {
        var copy = self
        if let step = Preparation.Step(rawValue: part) {
            copy.preparation = preparation.without(step)
        } else if passes.contains(where: { $0.name == part }) {
            copy.passes.removeAll { $0.name == part }
        } else {
            return nil
        }
        copy.overrides.append("without=\(part)")
        return copy
    }

    /// This recipe with every pass using segmentation `mode` instead of its own.
    public func overridingMode(_ mode: SegmentationMode) -> Recipe {
        var copy = self
        copy.passes = passes.map { Pass(name: $0.name, view: $0.view, mode: mode) }
        copy.overrides.append("psm=\(mode.rawValue)")
        return copy
    }
}
