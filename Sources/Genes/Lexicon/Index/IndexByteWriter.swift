/// Appends little-endian integers and padding to the bytes of an index being written.
struct IndexByteWriter {
    private(set) var bytes: [UInt8] = []

    /// A writer whose buffer holds `capacity` bytes before growing.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func u16(_ value: UInt16) { append(value.littleEndian) }
    mutating func u32(_ value: UInt32) { append(value.littleEndian) }
    mutating func u64(_ value: UInt64) { append(value.littleEndian) }
    mutating func bytes(_ values: [UInt8]) { bytes += values }

    /// Zero bytes up to the next multiple of 8, so every section starts aligned.
    mutating func align() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    /// Overwrites the UInt32 at `offset` (for the header's section table, filled in last).
    mutating func set(_ value: UInt32, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 4), with: $0) }
    }

    /// Overwrites the UInt64 at `offset`.
    mutating func set(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 8), with: $0) }
    }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }
}
