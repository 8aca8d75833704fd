import Foundation

/// Folders for tests, all under one folder per test process in the system's temporary folder,
/// which is removed when the process exits.
///
/// Each test run used to leave its folders behind: thousands of them piled up in `/tmp` on a
/// machine that runs the suite often. A run that dies before exiting cannot clean up after
/// itself, so the next run removes the folders of test processes that are no longer running.
public enum ScratchFolder {
    /// The names of the per-process folders start with this.
    static let prefix = "ocr-worker-tests-"

    /// A new empty folder, named after `label` (which says which test made it).
    public static func make(_ label: String) throws -> String {
        let path = try root.get() + "/\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// This process's folder, made on first use.
    private static let root: Result<String, any Error> = Result {
        let temporary = FileManager.default.temporaryDirectory.path
        removeFoldersOfEndedProcesses(in: temporary)
        let path = temporary + "/\(prefix)\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        rootToRemove = path
        atexit { if let path = ScratchFolder.rootToRemove { try? FileManager.default.removeItem(atPath: path) } }
        return path
    }

    /// What the exit handler removes; set once, before the handler is registered.
    nonisolated(unsafe) private static var rootToRemove: String?

    /// Removes `<prefix><pid>-*` folders whose process has ended (a crashed or killed run's).
    private static func removeFoldersOfEndedProcesses(in temporary: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap({ pid_t($0) }),
                  pid != getpid(), !isRunning(pid)
            else { continue }
            try? FileManager.default.removeItem(atPath: temporary + "/" + name)
        }
    }

    /// Whether a process with this id exists (one we may not signal exists too).
    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
