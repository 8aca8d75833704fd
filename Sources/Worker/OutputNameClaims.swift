import Foundation
import Records

/// The output names (figids) taken so far in one output folder, so that no figure's files
/// overwrite another's: two images without records, `WP111.png` and `WP111.jpg`, would both be
/// `WP111`, and two records may carry one figid.
public struct OutputNameClaims: Sendable {
    private var owners: [String: String]

    /// Claims with `taken` (output name -> image) already held, e.g. by figures done earlier.
    public init(taken: [String: String] = [:]) {
        owners = taken
    }

    /// Claims the output name of `image`: its record's figid, or for an image without a record
    /// (`record` nil) the name derived from its file name, and when another image has that, the
    /// file name with its extension (`WP111.jpg`). Returns the name to use instead of the usual
    /// one (nil: the usual one is this image's); throws `duplicateFigid` when both are taken.
    public mutating func claim(image: String, record: Record?, recordPath: String?) throws -> String? {
        let fileName = (image as NSString).lastPathComponent
        let primary = record?.figid ?? OutputName.derivedFigid(fromFilename: fileName)
        if take(primary, for: image) { return nil }
        if record?.figid == nil {
            let alternative = OutputName.derivedFigid(fromFilename: fileName, keepingExtension: true)
            if alternative != primary, take(alternative, for: image) { return alternative }
        }
        throw RecordError(
            .duplicateFigid,
            "\(recordPath ?? image): the output name \(primary) is already \(owners[primary] ?? "another figure")'s; writing it would overwrite that figure's record (give one of them a record with its own figid)"
        )
    }

    /// The warning that goes into a record whose figure got `name` instead of its usual one.
    public static func warning(image: String, name: String) -> String {
        "another image's outputs are named \(OutputName.derivedFigid(fromFilename: image)); this one's are \(name)"
    }

    private mutating func take(_ name: String, for image: String) -> Bool {
        guard owners[name] == nil || owners[name] == image else { return false }
        owners[name] = image
        return true
    }
}
