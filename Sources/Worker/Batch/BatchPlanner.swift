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
        var claims = OutputNameClaims(taken: namesInUse)
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
                do {
                    outputName = try claims.claim(image: input.image, record: record, recordPath: recordPath)
                    if let outputName { warnings.append(OutputNameClaims.warning(image: input.image, name: outputName)) }
                } catch {
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
}
