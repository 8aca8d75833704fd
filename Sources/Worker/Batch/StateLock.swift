import Foundation

/// The exclusive lock of one batch state: `flock` on `<state>.lock`. The kernel releases it
/// when the holder ends in any way (even `kill -9`), so a crashed run never blocks the next.
/// The file holds the holder's pid and start time, for the message a second run prints.
public final class StateLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock of `statePath`; with `wait`, queues behind the holder, else throws
    /// `lockHeld` at once. `waiting` is called once if it has to wait.
    public init(statePath: String, wait: Bool, waiting: (String) -> Void = { _ in }) throws {
        path = statePath + ".lock"
        try? FileManager.default.createDirectory(atPath: (statePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Close-on-exec: a worker process must not inherit (and so keep) the lock.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WorkerError(.stateUnavailable, "\(path): cannot open the lock file (\(String(cString: strerror(errno))))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let holder = Self.holder(descriptor)
            guard wait else {
                close(descriptor)
                throw WorkerError(.lockHeld, "another ocr-worker batch holds \(statePath) (\(holder)); exiting. Use --wait to queue behind it.")
            }
            waiting("waiting for another batch to finish (\(holder))")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw WorkerError(.stateUnavailable, "\(path): cannot lock (\(String(cString: strerror(errno))))")
                }
            }
        }
        self.descriptor = descriptor
        let stamp = ISO8601DateFormatter().string(from: Date())
        let note = "pid \(getpid()), started \(stamp)\n"
        _ = ftruncate(descriptor, 0)
        _ = note.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func holder(_ descriptor: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let text = count > 0 ? String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text.isEmpty ? "holder unknown" : text
    }
}
