import Foundation
import Records

/// Turns a batch's inputs into planned figures: finds each record, hashes image and record,
/// and computes the job identity. Failures found here (a malformed record, a required record
/// missing) are final: no worker could do better.
struct BatchPlanner {
    let options: BatchOptions

    func plan(_ inputs: [BatchInput]) -> [PlannedFigure] {
        var locator = RecordLocator(folders: options.recordsFolder.map { [$0] })
        var seen = Set<String>()
        var planned: [PlannedFigure] = []
        for input in inputs where seen.insert(input.image).inserted {
            let imageSHA = FileManager.default.contents(atPath: input.image).map(FileDigest.sha256)
            var recordPath = input.record
            var warnings: [String] = []
            var failure: (code: String, message: String)?
            if recordPath == nil {
                do {
                    // Parsing here too catches a malformed record before a worker is bothered.
                    let located = try locator.locate(imagePath: input.image, required: options.process.requireRecord)
                    recordPath = located.path
                    warnings = located.warnings
                } catch {
                    failure = (FailureKind(of: error).rawValue, String(describing: error))
                }
            }
            let recordSHA = recordPath.flatMap { FileManager.default.contents(atPath: $0) }.map(FileDigest.sha256)
            if let recordPath, recordSHA == nil, failure == nil {
                failure = (FailureKind.invalidRecord.rawValue, "\(recordPath): cannot read the record")
            }
            let identity = JobIdentity(
                imageSHA256: imageSHA ?? "unreadable", record: recordSHA ?? "none",
                recipe: options.process.recipe.identifier, lexicon: options.lexiconVersion,
                out: options.out, format: options.process.recordTimings ? "timings" : "no-timings"
            )
            planned.append(PlannedFigure(
                imagePath: input.image, imageSHA256: imageSHA, recordPath: recordPath, recordSHA256: recordSHA,
                warnings: warnings, identity: identity, failure: failure
            ))
        }
        return planned
    }
}
