import Foundation

/// The bytes of a lexicon source file, inflated when it is gzip-compressed (by content, not name).
enum DataFile {
    /// Reads `path` whole; throws `lexicon-missing`-free, file-specific errors.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GenesError(.unreadableFile, "cannot read the file", path: path)
        }
        let bytes = [UInt8](data)
        return Gzip.isCompressed(bytes) ? try Gzip.inflate(bytes, path: path) : bytes
    }
}
