import Foundation
import Testing

/// `ocr-worker stage` end to end: one output line per input line, in input order, error lines
/// for bad lines and failed figures, and the stream going on after them.
@Suite("ocr-worker stage")
struct StageCommandTests {
    /// Runs `stage` with `input` on stdin.
    static func stage(_ arguments: [String], input: String, in folder: String, environment: [String: String] = [:]) throws -> Executable.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Executable.path)
        process.arguments = ["stage"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Executable.Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @Test("input order, inline and file records, bare records, error lines, and a crashing figure")
    func orderAndErrors() throws {
        let folder = try BatchFixtureFolder(figures: ["clean-line.png": "clean-line.png", "small-type.jpg": "small-type.jpg", "crash.png": "white-on-dark.png"])
        try folder.addImage("zero.png", data: Data())
        let input = [
            #"{"image": "images/clean-line.png", "record": {"figid": "F1", "zeta": 1, "alpha": "a", "filename": "clean-line.png"}}"#,
            "not json",
            #"{"image": "images/zero.png", "record_path": "records/PMC9414313__membranes-12-00775-g005.md"}"#,
            #"{"figid": "F2", "filename": "small-type.jpg", "papertitle": "t"}"#,
            #"{"image": "images/crash.png", "record": {"figid": "F3"}}"#,
            #"{"nothing": true}"#,
        ].joined(separator: "\n") + "\n"
        let result = try Self.stage(["--images", "images", "--jobs", "2", "--attempts", "1", "--no-timings"], input: input, in: folder.root,
                                    environment: ["OCR_WORKER_TEST_FAULTS": "crash:crash.png"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        guard lines.count == 6 else { return }
        let objects = lines.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:] }
        #expect((objects[0]["record"] as? [String: Any])?["figid"] as? String == "F1")
        // Key order of an inline record survives.
        #expect(lines[0].hasPrefix(#"{"record":{"figid":"F1","zeta":1,"alpha":"a","filename":"clean-line.png"}"#))
        #expect(objects[1]["status"] as? String == "error")
        #expect(objects[1]["code"] as? String == "bad-input")
        #expect(objects[1]["input"] as? String == "not json")
        #expect(objects[2]["code"] as? String == "unreadable-image")
        #expect((objects[3]["record"] as? [String: Any])?["figid"] as? String == "F2")
        #expect(objects[3]["ocr"] != nil)
        #expect(objects[4]["code"] as? String == "child-crashed")
        #expect(objects[5]["code"] as? String == "bad-input")
    }
}
