import Evidence
import Tesseract

/// Runs a recipe over one figure with one engine: prepares the figure, runs every pass and
/// merges their tokens, all in source pixels.
public struct FigureReader {
    /// The recipe to run.
    public let recipe: Recipe
    /// Upper bound for each pass's recognition, or nil for none.
    public let deadline: Duration?
    /// Words at least this confident are erased before the vertical and rotated passes.
    public static let settledConfidence = 50.0

    /// A reader for `recipe`.
    public init(recipe: Recipe, deadline: Duration? = nil) {
        self.recipe = recipe
        self.deadline = deadline
    }

    /// Reads `image` with `engine`. A caller that hands over its last reference (`consume`)
    /// lets a one-pass recipe free the decoded pixels before recognition: the engine keeps its
    /// own copy (for a 21-megapixel figure, 21 MB less at the figure's peak). `names` lets a
    /// `reread` pass tell names from misreadings; without it that pass is skipped. `timing`, when
    /// given, is told how long the preparation (`StepTime.preparation`) and each pass took, in
    /// the order they ran.
    public func read(
        _ image: consuming Image, with engine: Engine, names: (any NameLexicon)? = nil, timing: ((StepTime) -> Void)? = nil
    ) throws -> [Token] {
        // Set on every read: the engine may have read with another recipe before.
        try engine.setParameter("invert_threshold", to: String(recipe.invertedRetryBelow))
        var started = ContinuousClock.now
        // Tells `timing` that `step` ended now, and starts the next step's clock.
        func ended(_ step: String) {
            guard let timing else { return }
            let now = ContinuousClock.now
            timing(StepTime(step: step, seconds: (now - started).inSeconds))
            started = now
        }
        if recipe.passes.count == 1, let pass = recipe.passes.first, pass.view == .original || pass.view == .grey {
            let view = pass.view == .grey ? try image.grayscale() : copy image
            _ = consume image
            let tokens = try engine.recognize(consume view, mode: pass.mode, pass: pass.name, deadline: deadline)
            ended(pass.name)
            return tokens
        }
        let needsPreparation = recipe.passes.contains { $0.view != .original && $0.view != .grey }
        let prepared = needsPreparation ? try FigurePreparer(steps: recipe.preparation).prepare(image) : nil
        if needsPreparation { ended(StepTime.preparation) }
        var tokens: [Token] = []
        for pass in recipe.passes {
            defer { ended(pass.name) }
            switch pass.view {
            case .original:
                tokens += try engine.recognize(copy image, mode: pass.mode, pass: pass.name, deadline: deadline)
            case .grey:
                tokens += try engine.recognize(image.grayscale(), mode: pass.mode, pass: pass.name, deadline: deadline)
            case .prepared:
                guard let prepared else { continue }
                tokens += try engine.recognize(prepared.image, mode: pass.mode, pass: pass.name, deadline: deadline, linesErased: linesErased)
            case .verticalText:
                guard let prepared else { continue }
                tokens += try readVerticalText(of: prepared, after: tokens, pass: pass, with: engine)
            case .boxInteriors:
                guard let prepared, !prepared.boxInteriors.isEmpty else { continue }
                tokens += try readBoxInteriors(of: prepared, pass: pass, with: engine)
            case .unreadLines:
                guard let prepared else { continue }
                tokens += try readUnreadLines(of: prepared, after: tokens, pass: pass, with: engine)
            case .unsureWords:
                guard let prepared, let names, !tokens.isEmpty else { continue }
                // Rereadings replace words rather than compete with them: merge what is read so far.
                tokens = TokenMerger.merge(tokens, passOrder: recipe.passes.map(\.name))
                tokens = try rereadingUnsureWords(of: tokens, in: image, prepared: prepared, pass: pass, names: names, with: engine)
            }
        }
        return recipe.passes.count > 1 ? TokenMerger.merge(tokens, passOrder: recipe.passes.map(\.name)) : tokens
    }

    /// Cap height the `reread` pass scales its crops to. Crops of dev-set JPEG labels the other
    /// passes misread, read at 30 and 40 px, were read right in 184 and 184 of 482 cases, at
    /// 50 px in 162; at 30 px the pass costs about half what it costs at 40.
    static let rereadCapHeight = 30.0

    /// Largest factor the `reread` pass scales a crop by. Not the preparation's `maxScale`
    /// (4): that bounds the cost and blur of scaling the whole figure, while the engine reads
    /// each crop's line at its own height, so crops of 6-pixel capitals are read best at 30 px
    /// like any other (on the dev set's JPEGs, 5 more labels). This bound only keeps the crops
    /// of a figure whose cap height was mis-measured from growing without end: 8 times brings
    /// capitals of 3.75 px to 30.
    static let rereadMaxScale = 8.0

    /// The factor the `reread` pass scales the crops of a figure with capitals `capHeight` px
    /// high by: to `rereadCapHeight`, never down, at most `rereadMaxScale`.
    static func rereadFactor(capHeight: Double) -> Double {
        min(max(rereadCapHeight / capHeight, 1), rereadMaxScale)
    }

    /// Height of the `reread` pass's page of crops: one column, unless more crops come than
    /// this holds (Tesseract's coordinates are 16-bit, so no page may reach 32,768 pixels). The
    /// pass reads its page as one block of text, where crops side by side in two columns are
    /// one line: each was read with its neighbour across the gap, and what a crop read hung on
    /// which crop the layout put beside it. In columns of 8,000 pixels, the dev set's 80
    /// WikiPathways JPEGs read 3,171 labels; in one column, 3,179 (`scripts/eval-ocr`).
    static let rereadPageHeight = 30_000

    /// `tokens` with each unsure word (`UnsureWords`) replaced by what a second look reads, when
    /// the lexicon vouches for that; on a figure that could not be scaled to the target
    /// (`PreparedFigure.fallsShort`), garbled words too (`UnsureWords.isGarbled`, up to
    /// `garbledHeightInCapHeights` high), a sample first (`RereadPlan`). The crops come from
    /// the decoded figure in grey, not the prepared view: one more look at the same pixels
    /// through another scaling, cleaned of what the prepared view's steps would have removed
    /// (`WordCrop`).
    private func rereadingUnsureWords(
        of tokens: [Token], in image: borrowing Image, prepared: PreparedFigure, pass: Pass, names: any NameLexicon, with engine: Engine
    ) throws -> [Token] {
        let cap = prepared.capHeight ?? PreparedFigure.assumedCapHeight
        let plan = RereadPlan(
            tokens: tokens, names: names, fallsShort: prepared.fallsShort(ofCapHeight: recipe.preparation.targetCapHeight),
            garbledHeight: UnsureWords.garbledHeightInCapHeights * cap
        )
        guard !plan.firstLook.isEmpty else { return tokens }
        let grey = try image.grayscale()
        var replaced = try replacements(of: plan.firstLook, in: tokens, grey: grey, capHeight: cap, pass: pass, names: names, with: engine)
        if plan.takesSecondLook(replaced: replaced.keys) {
            try replaced.merge(replacements(of: plan.rest, in: tokens, grey: grey, capHeight: cap, pass: pass, names: names, with: engine)) { $1 }
        }
        var result = tokens
        // From the last, so the indices before stay valid as one word becomes several.
        for (index, replacement) in replaced.sorted(by: { $0.key > $1.key }) {
            result.replaceSubrange(index...index, with: replacement)
        }
        return result
    }

    /// What the words of `tokens` at `indices` are to be replaced by, by index: each cut from
    /// `grey` with a margin, enlarged (`rereadFactor`, with the Lanczos filter as the figure is:
    /// against linear interpolation, on the dev set, 9 WikiPathways PNG labels won and 5 lost,
    /// JPEG 23 and 20, PFOCR 5 and 4 with its truth ids 20 and 6), stacked on one page and read
    /// once; a word is in the result when the lexicon vouches for its rereading
    /// (`UnsureWords.replacement`).
    private func replacements(
        of indices: [Int], in tokens: [Token], grey: Image, capHeight cap: Double, pass: Pass, names: any NameLexicon, with engine: Engine
    ) throws -> [Int: [Token]] {
        let factor = Self.rereadFactor(capHeight: cap)
        let marginX = max(2, Int(cap.rounded())), marginY = max(2, Int((cap / 2).rounded()))
        let crops = try indices.map { index in
            let crop = try WordCrop.cleaned(grey.cropped(to: tokens[index].box.expanded(byX: marginX, y: marginY)))
            return factor == 1 ? crop : try crop.lanczosScaled(by: factor)
        }
        let montage = try Montage(stacking: crops, gap: Int(Self.rereadCapHeight), maxHeight: Self.rereadPageHeight)
        var rereadings = Array(repeating: [Token](), count: indices.count)
        // Each line of the page is a crop, mapped back by its tile: its paragraphs are of no use.
        for word in try engine.recognize(montage.page, mode: pass.mode, pass: pass.name, deadline: deadline, paragraphsUsed: false) {
            guard let tile = montage.tileIndex(of: word.box), let box = montage.sourceBox(of: word.box) else { continue }
            var mapped = word
            mapped.box = box
            rereadings[tile].append(mapped)
        }
        var result: [Int: [Token]] = [:]
        for (tile, index) in indices.enumerated() {
            result[index] = UnsureWords.replacement(for: tokens[index], rereadings: rereadings[tile], reach: marginX / 2, names: names)
        }
        return result
    }

    /// Whether the views cut from the prepared figure have their lines erased, so Tesseract
    /// need not search them for lines (every view but the original and grey ones is so cut).
    private var linesErased: Bool { recipe.preparation.removeLines }

    /// `image` with the boxes of the settled tokens (source pixels) painted white.
    private func erasing(_ tokens: [Token], from image: Image) throws -> Image {
        guard let toImage = image.toSource.inverse else { return image }
        let boxes = tokens.filter { $0.confidence >= Self.settledConfidence }.map { toImage.apply($0.box) }
        return boxes.isEmpty ? image : try image.painted(255, in: boxes)
    }

    /// Reads the vertical-text candidates of what is left after `tokens`, each crop turned
    /// clockwise and counter-clockwise; the merge keeps whichever way reads better.
    private func readVerticalText(of prepared: PreparedFigure, after tokens: [Token], pass: Pass, with engine: Engine) throws -> [Token] {
        let cap = prepared.workingCapHeight
        let remainder = try erasing(tokens, from: prepared.image)
        let regions = try VerticalTextFinder(capHeight: cap).candidates(in: remainder)
        guard !regions.isEmpty else { return [] }
        var crops: [Image] = []
        for region in regions {
            let crop = try remainder.cropped(to: region)
            crops.append(try crop.rotated(quarterTurns: 1))
            crops.append(try crop.rotated(quarterTurns: 3))
        }
        return try read(Montage(stacking: crops, gap: Int(cap), maxHeight: 8000), pass: pass, with: engine)
    }

    /// Reads the rows of glyphs that no pass so far has read, each cut out with a margin.
    private func readUnreadLines(of prepared: PreparedFigure, after tokens: [Token], pass: Pass, with engine: Engine) throws -> [Token] {
        let cap = prepared.workingCapHeight
        let remainder = try erasing(tokens, from: prepared.image)
        let regions = try UnreadLineFinder(capHeight: cap).candidates(in: remainder)
        guard !regions.isEmpty else { return [] }
        let crops = try regions.map { try remainder.cropped(to: $0) }
        return try read(Montage(stacking: crops, gap: Int(cap), maxHeight: 8000), pass: pass, with: engine)
    }

    /// Reads a montage page and maps every word back through the tile it lies in.
    private func read(_ montage: Montage, pass: Pass, with engine: Engine) throws -> [Token] {
        try engine.recognize(montage.page, mode: pass.mode, pass: pass.name, deadline: deadline, linesErased: linesErased).compactMap { token in
            guard let box = montage.sourceBox(of: token.box) else { return nil }
            var mapped = token
            mapped.box = box
            return mapped
        }
    }

    /// Cuts each box interior out, stacks them on one page, reads it once and maps every word
    /// back through the tile it lies in.
    private func readBoxInteriors(of prepared: PreparedFigure, pass: Pass, with engine: Engine) throws -> [Token] {
        let margin = Int((prepared.workingCapHeight / 2).rounded())
        let crops = try prepared.boxInteriors.map { try prepared.image.cropped(to: $0).bordered(by: margin, value: 255) }
        return try read(Montage(stacking: crops, gap: margin, maxHeight: 8000), pass: pass, with: engine)
    }
}
