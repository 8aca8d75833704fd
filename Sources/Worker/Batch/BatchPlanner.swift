import Foundation
import Records

/// Turns a batch's inputs into planned figures: finds each record, hashes image and record,
/// computes the job identity and gives every figure an output name no other figure has.
/// Failures found here (a malformed record, a required record missing, an output name taken)
/// are final: no worker could do better.
struct BatchPlanner {
    let options: BatchOptions

    /// Plans `inputs`; `namesInUse` maps the output names of figures already done (from the
    /// state) to their images, so a newcomer never takes a name whose files are another's.
    func plan(_ inputs: [BatchInput], namesInUse: [String: String] = [:]) -> [PlannedFigure] {
        var locator = RecordLocator(folders: options.recordsFolder.map { [$0] })
        var seen = Set<String>()
        var claims = namesInUse
        var planned: [PlannedFigure] = []
        for input in inputs where seen.insert(input.image).inserted {
            let imageSHA = FileManager.default.contents(atPath: input.image).map(FileDigest.sha256)
            var recordPath = input.record
            var record: Record?
            var warnings: [String] = []
            var failure: (code: String, message: String)?
            do {
                if let recordPath {
                    record = try RecordParser.parse(fileAt: recordPath)
                } else {
                    // Parsing here too catches a malformed record before a worker is bothered.
                    let located = try locator.locate(imagePath: input.image, required: options.process.requireRecord)
                    recordPath = located.path
                    record = located.path == nil ? nil : located.record
                    warnings = located.warnings
                }
            } catch {
                failure = (FailureKind(of: error).rawValue, String(describing: error))
            }
            let recordSHA = recordPath.flatMap { FileManager.default.contents(atPath: $0) }.map(FileDigest.sha256)
            if let recordPath, recordSHA == nil, failure == nil {
                failure = (FailureKind.invalidRecord.rawValue, "\(recordPath): cannot read the record")
            }
            var outputName: String?
            if failure == nil {
                switch Self.claimName(for: input.image, record: record, recordPath: recordPath, claims: &claims) {
                case let .success(name):
                    if let name {
                        outputName = name
                        warnings.append("another image's outputs are named \(OutputName.derivedFigid(fromFilename: input.image)); this one's are \(name)")
                    }
                case let .failure(error):
                    failure = (FailureKind(of: error).rawValue, String(describing: error))
                }
            }
            let identity = JobIdentity(
                imageSHA256: imageSHA ?? "unreadable", record: recordSHA ?? "none",
                recipe: options.process.recipe.identifier, lexicon: options.lexiconVersion,
                out: options.out, format: options.process.recordTimings ? "timings" : "no-timings"
            )
            planned.append(PlannedFigure(
                imagePath: input.image, imageSHA256: imageSHA, recordPath: recordPath, recordSHA256: recordSHA,
                outputName: outputName, warnings: warnings, identity: identity, failure: failure
            ))
        }
        return planned
    }

    /// Claims the output name of `image`: its record's figid, or for an image without a record
    /// the name derived from its file name, and when another image has that one, the file name
    /// with its extension (`WP111.png` beside `WP111.jpg`). Returns the name to use instead of
    /// the derived one (nil: the usual one), or the error when both are taken, since writing
    /// would overwrite another figure's record.
    static func claimName(for image: String, record: Record?, recordPath: String?, claims: inout [String: String]) -> Result<String?, RecordError> {
        let fileName = (image as NSString).lastPathComponent
        let primary = record?.figid ?? OutputName.derivedFigid(fromFilename: fileName)
        if claims[primary] == nil || claims[primary] == image {
            claims[primary] = image
            return .success(nil)
        }
        let owner = claims[primary] ?? ""
        if record?.figid == nil {
            let alternative = OutputName.derivedFigid(fromFilename: fileName, keepingExtension: true)
            if alternative != primary, claims[alternative] == nil || claims[alternative] == image {
                claims[alternative] = image
                return .success(alternative)
            }
        }
        let source = recordPath ?? image
        return .failure(RecordError(.duplicateFigid, "\(source): the output name \(primary) is already \(owner)'s; writing it would overwrite that figure's record (give one of them a record with its own figid)"))
    }
}
