import ArgumentParser
import Foundation
import Records
import Worker

/// `ocr-worker status`: what a batch state holds: counts by status and the failures with reasons.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a batch state's counts and its failed figures with their reasons."
    )

    @Option(name: .long, help: ArgumentHelp("Output folder whose state to read.", valueName: "dir"))
    var out: String = "enriched"

    @Option(name: .long, help: ArgumentHelp("State database (default: <out>/.ocr-worker/state.sqlite).", valueName: "file"))
    var state: String?

    @Flag(name: .long, help: "Print the counts and failures as one JSON object.")
    var json = false

    func run() throws {
        let path = BatchInput.absolute(state ?? (BatchInput.absolute(out) as NSString).appendingPathComponent(".ocr-worker/state.sqlite"))
        let store: StateStore
        let counts: [FigureStatus: Int]
        let failures: [FigureRow]
        do {
            store = try StateStore(path: path, readOnly: true)
            counts = try store.counts()
            failures = try store.failures()
        } catch {
            Console(verbose: true).error(String(describing: error))
            throw ExitCodes.outputNotWritable
        }
        if json {
            let value = JSONValue.object(
                FigureStatus.allCases.map { ($0.rawValue, JSONValue.integer(counts[$0] ?? 0)) } + [
                    ("failures", .array(failures.map {
                        .object([("image", .string($0.imagePath)), ("code", .string($0.errorCode ?? "")), ("message", .string($0.errorMessage ?? "")), ("attempts", .integer($0.attempts))])
                    })),
                ]
            )
            print(JSONWriter.string(value, pretty: false))
            return
        }
        let total = counts.values.reduce(0, +)
        print("state: \(path)")
        print("figures: \(total): " + FigureStatus.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        if let run = try? store.lastRun() {
            let started = Date(timeIntervalSince1970: run.startedAt)
            print("last run: #\(run.id) started \(ISO8601DateFormatter().string(from: started))" + (run.finishedAt == nil ? " (did not finish, or still running)" : ""))
        }
        for failure in failures {
            print("failed: \(failure.imagePath): \(failure.errorCode ?? "?") (attempts \(failure.attempts)): \(failure.errorMessage ?? "")")
        }
    }
}
