import COpenMPSerial
import Foundation

/// Keeps Tesseract to one thread per engine: one engine per core is the worker's parallelism,
/// and Tesseract's OpenMP threads make one figure 3-5 times slower on a shared machine.
///
/// The executable defines libgomp's entry points itself (`COpenMPSerial`), and those run
/// Tesseract's parallel regions in the calling thread when `OMP_THREAD_LIMIT` is unset or 1,
/// without libgomp's team of one and its system call per region. A value above 1 that the user
/// set is respected (libgomp's teams). Where the entry points are not bound (a build without
/// the exported symbols), the program falls back to re-executing itself with the variable set,
/// because libgomp reads it only when it loads.
enum ThreadLimit {
    /// The variable's name.
    static let variable = "OMP_THREAD_LIMIT"

    /// Sets `OMP_THREAD_LIMIT=1` when the variable is missing (for this process and the batch
    /// workers it starts); re-executes the program only when the serial entry points are not
    /// bound, and carries on (single-image-correct but slower) if even that fails.
    static func ensure() {
        guard getenv(variable) == nil else { return }
        setenv(variable, "1", 1)
        if regionsRunSerially { return }
        let arguments = CommandLine.unsafeArgv
        execv("/proc/self/exe", arguments)
        // Not Linux, or /proc is unavailable: try the path we were started by.
        if let first = arguments[0] { execvp(first, arguments) }
        FileHandle.standardError.write(Data("ocr-worker: warning: could not re-execute with \(variable)=1 (\(String(cString: strerror(errno)))); Tesseract may use several threads per figure\n".utf8))
    }

    /// True when Tesseract's OpenMP regions run serially through the executable's entry points.
    static var regionsRunSerially: Bool { ow_openmp_regions_serial() != 0 }

    /// How many OpenMP regions this process has run serially so far.
    static var serialRegionCount: UInt { UInt(ow_openmp_serial_region_count()) }
}
