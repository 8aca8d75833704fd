import Crypto
import Foundation

/// What a figure's outputs depend on, as one digest: when it is unchanged since the figure was
/// done, the figure is skipped; any change (image bytes, record, recipe, lexicon, output folder,
/// output format) makes it a new job.
public struct JobIdentity: Sendable, Hashable {
    /// SHA-256 of the image bytes ("unreadable" when they cannot be read).
    public var imageSHA256: String
    /// SHA-256 of the record file, `inline:<digest>` for an inline record, or `none`.
    public var record: String
    /// The recipe identifier, e.g. `figure/20`.
    public var recipe: String
    /// The gene lexicon's version, or `none`.
    public var lexicon: String
    /// The absolute output folder.
    public var out: String
    /// Output switches that change the files' bytes (e.g. `timings`).
    public var format: String

    /// An identity from its parts.
    public init(imageSHA256: String, record: String, recipe: String, lexicon: String, out: String, format: String) {
        self.imageSHA256 = imageSHA256
        self.record = record
        self.recipe = recipe
        self.lexicon = lexicon
        self.out = out
        self.format = format
    }

    /// The digest stored as the row's `job_key`.
    public var key: String {
        let text = ["job/1", imageSHA256, record, recipe, lexicon, out, format].joined(separator: "\n")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
