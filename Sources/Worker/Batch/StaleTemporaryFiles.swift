import Foundation

/// Removes the temporary files of atomic writes that a killed worker left behind in the output
/// folder (`.<name>.<pid>-<random>.tmp` whose process is gone), so a crash leaves no litter.
enum StaleTemporaryFiles {
    /// Removes them from `folder` (not recursively); returns how many.
    @discardableResult
    static func remove(in folder: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard let stamp = parts.last, let pidText = stamp.split(separator: "-").first, let pid = Int32(pidText) else { continue }
            // Alive (or not ours to judge): leave it.
            if kill(pid, 0) == 0 || errno == EPERM { continue }
            if unlink((folder as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        return removed
    }
}
