import Foundation
import ScratchFolders

/// Runs the built `ocr-worker` as a separate process, as a user or a script would.
struct Executable {
    /// What one run produced.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable: `$OCR_WORKER_BIN`, else beside the test bundle in the build folder.
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["OCR_WORKER_BIN"] { return explicit }
        let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return buildFolder.appendingPathComponent("ocr-worker").path
    }

    /// A fixture's absolute path.
    static func fixture(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Fixtures/\(relative)").path
    }

    /// A new empty folder to run in.
    static func temporaryFolder() throws -> String { try ScratchFolder.make("e2e") }

    /// Runs the executable with `arguments` in `folder`; `environment` changes are applied on top
    /// of this process's (a nil value removes the variable).
    static func run(_ arguments: [String], in folder: String, environment: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self)
        )
    }

    /// The files in `folder` (recursively, relative paths), sorted; empty when it does not exist.
    static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0), isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }
}
