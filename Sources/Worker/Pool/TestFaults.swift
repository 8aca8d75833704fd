import Foundation

/// TEST-ONLY fault injection for the worker processes, so the tests can prove that a figure
/// which crashes, hangs or exhausts memory in the OCR library is isolated.
///
/// Compiled into debug builds only (release builds ignore the variable). The variable
/// `OCR_WORKER_TEST_FAULTS` holds comma-separated `fault:imagename` pairs, e.g.
/// `crash:b.png,hang:c.png,oom:d.png`; a worker process about to read an image of that file name
/// calls `abort()` (crash), sleeps forever (hang), or allocates and touches memory until its
/// limit stops it and then aborts, as a C++ `bad_alloc` would (oom). Nothing else uses it.
enum TestFaults {
    /// The environment variable read.
    static let variable = "OCR_WORKER_TEST_FAULTS"

    /// Triggers the fault configured for `imagePath`'s file name, if any (debug builds only).
    static func trigger(forImage imagePath: String) {
        #if DEBUG
        guard let spec = ProcessInfo.processInfo.environment[variable], !spec.isEmpty else { return }
        let name = (imagePath as NSString).lastPathComponent
        for entry in spec.split(separator: ",") {
            let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[1] == name else { continue }
            switch parts[0] {
            case "crash":
                abort()
            case "hang":
                while true { sleep(3600) }
            case "oom":
                exhaustMemory()
            default:
                continue
            }
        }
        #endif
    }

    #if DEBUG
    private static func exhaustMemory() -> Never {
        var blocks: [UnsafeMutableRawPointer] = []
        let size = 16 << 20
        while let block = malloc(size) {
            memset(block, 1, size)
            blocks.append(block)
        }
        abort()
    }
    #endif
}
