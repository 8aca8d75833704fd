#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory, unmapped when the last reference goes. The pages
/// come from the page cache and are shared by every process that maps the same file, so they
/// cost no private memory. Writers of index files replace them by rename, never in place, so a
/// mapping never sees its file change under it.
final class MappedFile: Sendable {
    /// The file's bytes.
    let bytes: IndexBytes

    /// Maps `path`; throws when it cannot be opened, is empty or cannot be mapped.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw GenesError(.unreadableFile, "cannot open: \(String(cString: strerror(errno)))", path: path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw GenesError(.unreadableFile, "cannot stat: \(String(cString: strerror(errno)))", path: path)
        }
        let size = Int(status.st_size)
        guard size > 0 else { throw GenesError(.invalidIndex, "the index file is empty", path: path) }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw GenesError(.unreadableFile, "cannot map: \(String(cString: strerror(errno)))", path: path)
        }
        bytes = IndexBytes(raw: UnsafeRawBufferPointer(start: address, count: size))
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.raw.baseAddress), bytes.raw.count)
    }
}
