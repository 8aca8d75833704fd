import Foundation

/// Where the command line writes: machine output on stdout, everything for people on stderr.
struct Console {
    /// Whether `info` lines are shown.
    var verbose: Bool

    /// Machine output (paths, JSON lines), on stdout.
    func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// A progress or timing line for people, on stderr, shown with `-v`.
    func info(_ message: String) {
        guard verbose else { return }
        FileHandle.standardError.write(Data("ocr-worker: \(message)\n".utf8))
    }

    /// A warning, always shown, on stderr.
    func warning(_ message: String) {
        FileHandle.standardError.write(Data("ocr-worker: warning: \(message)\n".utf8))
    }

    /// An error, always shown, on stderr.
    func error(_ message: String) {
        FileHandle.standardError.write(Data("ocr-worker: error: \(message)\n".utf8))
    }
}
