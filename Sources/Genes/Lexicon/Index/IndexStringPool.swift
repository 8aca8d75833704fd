/// The string pool of an index being written: UTF-8 bytes, referred to by offset and length.
struct IndexStringPool {
    private(set) var bytes: [UInt8] = []
    private var shared: [String: UInt32] = [:]

    /// The pool offset and byte length of `string`, appended.
    mutating func add(_ string: String) throws -> (offset: UInt32, length: Int) {
        let length = string.utf8.count
        guard let offset = UInt32(exactly: bytes.count), bytes.count + length <= UInt32.max else {
            throw GenesError(.invalidIndex, "the lexicon's strings exceed the index's 4 GB pool")
        }
        bytes += string.utf8
        return (offset, length)
    }

    /// `add`, storing a string that recurs (a gene type) once. Only for such strings: a
    /// dictionary lookup per gene id, symbol and key would double the time of writing the index.
    mutating func addRecurring(_ string: String) throws -> (offset: UInt32, length: Int) {
        if let offset = shared[string] { return (offset, string.utf8.count) }
        let added = try add(string)
        shared[string] = added.offset
        return added
    }

    /// `add` or `addRecurring`, for fields whose length is a UInt16.
    mutating func addShort(_ string: String, recurring: Bool = false, field: String) throws
        -> (offset: UInt32, length: UInt16)
    {
        let (offset, length) = try recurring ? addRecurring(string) : add(string)
        guard let short = UInt16(exactly: length) else {
            throw GenesError(.invalidIndex, "a \(field) of \(length) bytes exceeds the index's 65,535")
        }
        return (offset, short)
    }
}
