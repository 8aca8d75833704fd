import Foundation
import Records

/// What one batch run did, for the end-of-run lines on stderr and `<out>/batch-summary.json`.
public struct BatchSummary: Sendable {
    /// One figure that is failed at the end of the run.
    public struct Failure: Sendable {
        /// The image.
        public var image: String
        /// The stable code.
        public var code: String
        /// The message.
        public var message: String
        /// Attempts made.
        public var attempts: Int
    }

    /// Figures in the input.
    public var total = 0
    /// Figures read and written by this run.
    public var done = 0
    /// Figures skipped: done earlier with the same identity.
    public var skipped = 0
    /// Figures failed at the end of this run (now or earlier, not retried).
    public var failed: [Failure] = []
    /// Rows left `running` by a dead run and taken back.
    public var takenBack = 0
    /// Worker processes lost (crashes, hangs, memory) and replaced.
    public var workersLost = 0
    /// Worker processes started (one per lane, plus replacements; none when nothing was left
    /// to read).
    public var workersStarted = 0
    /// Genes found in the figures done by this run.
    public var genes = 0
    /// Wall-clock seconds of the run.
    public var seconds = 0.0
    /// The state database.
    public var statePath = ""

    /// Whether every figure of the input is done.
    public var allSucceeded: Bool { failed.isEmpty }

    /// The summary as JSON (the `batch-summary.json` contract).
    public var json: JSONValue {
        .object([
            ("total", .integer(total)),
            ("done", .integer(done)),
            ("skipped", .integer(skipped)),
            ("failed", .integer(failed.count)),
            ("genes", .integer(genes)),
            ("seconds", .decimal(seconds, digits: 3)),
            ("figures_per_second", .decimal(seconds > 0 ? Double(done) / seconds : 0, digits: 2)),
            ("taken_back", .integer(takenBack)),
            ("workers_started", .integer(workersStarted)),
            ("workers_lost", .integer(workersLost)),
            ("state", .string(statePath)),
            ("failures", .array(failed.map { failure in
                .object([
                    ("image", .string(failure.image)), ("code", .string(failure.code)),
                    ("message", .string(failure.message)), ("attempts", .integer(failure.attempts)),
                ])
            })),
        ])
    }

    /// The lines for people.
    public var lines: [String] {
        let rate = seconds > 0 ? String(format: "%.1f", Double(done) / seconds) : "0"
        var lines = ["batch: \(total) figures: \(done) done, \(skipped) skipped, \(failed.count) failed, \(genes) genes, \(String(format: "%.1f", seconds)) s (\(rate) figures/s)"]
        if takenBack > 0 { lines.append("batch: took back \(takenBack) figures left running by an earlier run that did not finish") }
        for failure in failed.prefix(20) {
            lines.append("batch: failed \(failure.image): \(failure.code): \(failure.message)")
        }
        if failed.count > 20 { lines.append("batch: ... and \(failed.count - 20) more failures (ocr-worker status)") }
        return lines
    }
}
