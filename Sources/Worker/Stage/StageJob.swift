import Foundation
import Records

/// One line of a stage's input, numbered, as a job for a worker or as the error to report.
struct StageJob: Sendable {
    /// The line's position in the input (0-based), for ordered output.
    var sequence: Int
    /// The line as read, echoed in error lines.
    var input: String
    /// What to read, or nil when the line is not a job.
    var target: ChildRequest.Target?
    /// Why the line is not a job.
    var error: (code: String, message: String)?
    /// Attempts made (a lost worker is retried).
    var attempts = 0

    /// Reads one input line: `{"image": PATH, "record": {...}}`, `{"image": PATH, "record_path":
    /// PATH}`, `{"image": PATH}` (record looked up like `process`), or a bare PFOCR record with
    /// `filename` (that file name resolved against `imagesFolder`); other paths are
    /// read against the working folder.
    static func parse(_ line: String, sequence: Int, imagesFolder: String?, locator: inout RecordLocator, requireRecord: Bool) -> StageJob {
        var job = StageJob(sequence: sequence, input: line)
        do {
            let value = try OrderedJSONParser.parse(line)
            guard case .object = value else { throw WorkerError(.badInput, "the line is not a JSON object") }
            if case let .string(image)? = value["image"] {
                let path = resolve(image, against: nil)
                if let record = value["record"] {
                    guard case .object = record else { throw WorkerError(.badInput, "\"record\" is not a JSON object") }
                    job.target = ChildRequest.Target(image: path, record: record)
                } else if case let .string(recordPath)? = value["record_path"] {
                    job.target = ChildRequest.Target(image: path, recordPath: resolve(recordPath, against: nil))
                } else {
                    let located = try locator.locate(imagePath: path, required: requireRecord)
                    job.target = ChildRequest.Target(image: path, recordPath: located.path, warnings: located.warnings)
                }
            } else if case let .string(filename)? = value["filename"] {
                _ = try OutputName.validatedFilename(filename, recordPath: "input line \(sequence + 1)")
                job.target = ChildRequest.Target(image: resolve(filename, against: imagesFolder), record: value)
            } else {
                throw WorkerError(.badInput, "the line has neither \"image\" nor a record \"filename\"")
            }
        } catch {
            job.error = (Self.code(of: error), String(describing: error))
        }
        return job
    }

    /// The stable code of an error: the typed error's own code where it has one.
    static func code(of error: Error) -> String {
        switch error {
        case let error as WorkerError: return error.code.name
        case let error as RecordError: return error.code.name
        default: return FailureKind(of: error).rawValue
        }
    }

    private static func resolve(_ path: String, against folder: String?) -> String {
        if path.hasPrefix("/") { return path }
        if let folder { return ((BatchInput.absolute(folder) as NSString).appendingPathComponent(path) as NSString).standardizingPath }
        return BatchInput.absolute(path)
    }

    /// The error line for this input: `{"status": "error", "code", "message", "input"}`; the
    /// input is echoed as JSON when it parses, else as a string.
    static func errorLine(code: String, message: String, input: String) -> String {
        let echoed = (try? OrderedJSONParser.parse(input)) ?? .string(input)
        return JSONWriter.string(.object([
            ("status", .string("error")), ("code", .string(code)), ("message", .string(message)), ("input", echoed),
        ]), pretty: false)
    }
}
