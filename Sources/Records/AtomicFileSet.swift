import Foundation

/// Writes a figure's output files all or nothing: every file goes to a temporary name in the
/// target folder first, and only when all were written are they renamed into place, so a
/// reader (or a crash) never sees a half-written file or a partial set.
public struct AtomicFileSet {
    private var files: [(name: String, contents: Data)] = []
    /// The folder the files go to.
    public let folder: String

    /// A set of files for `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// Adds a file by name (no folder part) and UTF-8 text.
    public mutating func add(_ name: String, text: String) {
        files.append((name, Data(text.utf8)))
    }

    /// Writes every file; on any failure removes what it wrote and throws `outputNotWritable`.
    /// Returns the final paths, in the order added.
    @discardableResult
    public func commit() throws -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RecordError(.outputNotWritable, "\(folder): cannot create the output folder (\(Self.reason(error)))")
        }
        let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        var temporary: [String] = []
        do {
            for file in files {
                let path = (folder as NSString).appendingPathComponent(".\(file.name).\(stamp).tmp")
                temporary.append(path)
                if let failure = Self.write(file.contents, to: path) {
                    throw RecordError(.outputNotWritable, "\(folder): cannot write \(file.name) (\(failure))")
                }
            }
            var finals: [String] = []
            for (file, path) in zip(files, temporary) {
                let final = (folder as NSString).appendingPathComponent(file.name)
                guard rename(path, final) == 0 else {
                    throw RecordError(.outputNotWritable, "\(final): cannot move the finished file into place (\(String(cString: strerror(errno))))")
                }
                finals.append(final)
            }
            return finals
        } catch {
            for path in temporary { unlink(path) }
            throw error
        }
    }

    /// Writes `contents` to a new file at `path`; nil, or why not. Plain POSIX calls rather
    /// than `FileManager.createFile`, which writes through a second temporary file and fsyncs
    /// it: four fsyncs a figure. The set's own renames are the atomic step, and as with the
    /// batch state (SQLite `synchronous=NORMAL`) a killed or crashed process loses nothing,
    /// while durability across a power cut is not promised.
    private static func write(_ contents: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure: String?
        contents.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = Int32(exactly: underlying.code), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(code))
        }
        return nsError.localizedDescription
    }
}
