#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Little-endian integers and pool strings read from an index's bytes. Callers check bounds
/// first: the header's section bounds when the file is opened, each record's references to
/// other tables or the pool where they are read (`MappedLexicon`).
struct IndexBytes: @unchecked Sendable {
    // Read-only memory kept alive by the owner (a `MappedFile`); never written through.
    let raw: UnsafeRawBufferPointer

    @inline(__always) func u16(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    @inline(__always) func u32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always) func u64(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The bytes `offset..<offset + count`.
    @inline(__always) func slice(_ offset: Int, _ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + count)])
    }

    /// True when the bytes at `offset` are `other` (whose length the caller checked to fit).
    @inline(__always) func matches(_ offset: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = raw.baseAddress, let start = other.baseAddress else { return other.isEmpty }
        return memcmp(base + offset, start, other.count) == 0
    }

    /// The UTF-8 text at `offset` (invalid sequences repaired, never trusted).
    @inline(__always) func string(_ offset: Int, _ count: Int) -> String {
        String(decoding: slice(offset, count), as: UTF8.self)
    }
}
