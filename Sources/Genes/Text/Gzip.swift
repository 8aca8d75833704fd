import CZlib

/// Inflates gzip data (one or several concatenated members, as `bgzip` writes) with zlib.
enum Gzip {
    /// True when the bytes start with the gzip magic number.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes; throws `corrupt-compressed-data` naming `path` on bad or truncated input.
    static func inflate(_ compressed: [UInt8], path: String) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(compressed.count * 4)
        var stream = z_stream()
        // 15 + 32: the largest window, and let zlib detect the gzip (or zlib) header itself.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GenesError(.corruptCompressedData, "zlib could not start inflating", path: path)
        }
        defer { inflateEnd(&stream) }
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var input = compressed
        try input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(clamping: inputBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(chunkSize - Int(stream.avail_out))])
                    return result
                }
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow (concatenated files); start over on it.
                    guard stream.avail_in > 0, stream.next_in?.pointee == 0x1F else { return }
                    guard inflateReset(&stream) == Z_OK else {
                        throw GenesError(.corruptCompressedData, "zlib could not reset", path: path)
                    }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw GenesError(.corruptCompressedData, "the gzip data is truncated", path: path)
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                    throw GenesError(.corruptCompressedData, "zlib: \(reason)", path: path)
                }
            }
        }
        return output
    }
}
