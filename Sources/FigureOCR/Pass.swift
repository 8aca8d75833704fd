import Tesseract

/// One recognition in a recipe: a name that labels the tokens it reads, which view of the
/// figure it reads, and how Tesseract segments that view.
public struct Pass: Hashable, Sendable {
    /// Which image a pass gives Tesseract.
    public enum View: Hashable, Sendable {
        /// The decoded figure as it is (no preprocessing): plain Tesseract's input.
        case original
        /// The decoded figure in luminance grey: Tesseract then thresholds one channel instead
        /// of three (14 % less time on five dev-set figures with `tesseract --psm 11`, and a
        /// little more gene-label recall on 60).
        case grey
        /// The prepared figure (scaled, grey, inverted, lines erased as the recipe says).
        case prepared
        /// Columns of unread ink shaped like vertical lines of text, cut out, each turned both
        /// ways and stacked on one page, read in one call.
        case verticalText
        /// The interiors of outlined boxes cut out and stacked on one page, read in one call.
        case boxInteriors
        /// Rows of glyph-sized ink left unread by the passes before (labels Tesseract took for
        /// part of a drawing), cut out and stacked on one page, read in one call.
        case unreadLines
        /// The words read so far that are written like names but are none (or names read
        /// unsurely), cut out of the decoded figure with a margin, scaled so capitals are about
        /// 30 px and stacked on one page, read in one call; a rereading replaces a word only when
        /// the name lexicon vouches for it (see `UnsureWords`). Skipped without a lexicon.
        case unsureWords
    }

    /// Labels every token the pass reads (`pass` in the outputs).
    public var name: String
    /// The image the pass reads.
    public var view: View
    /// Tesseract's page segmentation mode for this pass.
    public var mode: SegmentationMode

    /// A pass from its name, view and mode.
    public init(name: String, view: View = .original, mode: SegmentationMode) {
        self.name = name
        self.view = view
        self.mode = mode
    }
}
