import Foundation

/// Makes sure the process runs with `OMP_THREAD_LIMIT` set before Tesseract is loaded.
///
/// Tesseract's OpenMP threads make one figure 3-5 times slower on a shared machine and fight
/// the worker's own per-core engines. The OpenMP runtime reads the variable once, when the
/// library loads, so setting it inside a running process is too late: the executable sets it
/// and re-executes itself. A value the user set is respected.
enum ThreadLimit {
    /// The variable's name.
    static let variable = "OMP_THREAD_LIMIT"

    /// Re-executes the program with `OMP_THREAD_LIMIT=1` when the variable is missing; returns
    /// (and carries on single-image-correct but slower) only if re-executing fails.
    static func ensure() {
        guard getenv(variable) == nil else { return }
        setenv(variable, "1", 1)
        let arguments = CommandLine.unsafeArgv
        execv("/proc/self/exe", arguments)
        // Not Linux, or /proc is unavailable: try the path we were started by.
        if let first = arguments[0] { execvp(first, arguments) }
        FileHandle.standardError.write(Data("ocr-worker: warning: could not re-execute with \(variable)=1 (\(String(cString: strerror(errno)))); Tesseract may use several threads per figure\n".utf8))
    }
}
