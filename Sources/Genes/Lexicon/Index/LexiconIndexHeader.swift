/// The header of an index file, read and checked: magic, version, the file's size as written
/// (a truncated file fails here), and every section inside the file.
struct LexiconIndexHeader: Sendable {
    private typealias Layout = LexiconIndexLayout

    /// The cache key the index was written for.
    let identity: UInt64
    /// Number of keys that have postings (join prefixes alone are keys without).
    let keyCount: Int
    private let offsets: [Int]
    private let counts: [Int]

    /// Reads the header of `bytes`; throws `invalid-index` naming the first problem.
    init(_ bytes: IndexBytes, path: String) throws {
        func invalid(_ message: String) -> GenesError { GenesError(.invalidIndex, message, path: path) }
        let size = bytes.raw.count
        guard size >= Layout.Header.size, bytes.raw.prefix(Layout.magic.count).elementsEqual(Layout.magic) else {
            throw invalid("not an \(Layout.formatName) file")
        }
        let version = bytes.u32(Layout.Header.version)
        guard version == Layout.version else {
            throw invalid("index version \(version), this program reads \(Layout.version)")
        }
        guard bytes.u32(Layout.Header.sectionCount) == Layout.Section.allCases.count else {
            throw invalid("the header lists \(bytes.u32(Layout.Header.sectionCount)) sections")
        }
        let written = bytes.u64(Layout.Header.fileSize)
        guard written == size else { throw invalid("the index was written with \(written) bytes, the file has \(size)") }
        identity = bytes.u64(Layout.Header.identity)
        keyCount = Int(bytes.u32(Layout.Header.keyCount))
        var offsets: [Int] = [], counts: [Int] = []
        for section in Layout.Section.allCases {
            let entry = Layout.Header.sectionTable + section.rawValue * Layout.Header.sectionEntrySize
            let offset = Int(bytes.u32(entry)), count = Int(bytes.u32(entry + 4))
            // UInt32 operands: the product and sum cannot overflow a 64-bit Int.
            guard offset >= Layout.Header.size, offset + count * section.recordSize <= size else {
                throw invalid("section \(section) (\(count) records at \(offset)) lies outside the file")
            }
            offsets.append(offset)
            counts.append(count)
        }
        self.offsets = offsets
        self.counts = counts
    }

    /// The byte offset of a section.
    func offset(_ section: LexiconIndexLayout.Section) -> Int { offsets[section.rawValue] }

    /// The number of records of a section (bytes, for the pool).
    func count(_ section: LexiconIndexLayout.Section) -> Int { counts[section.rawValue] }
}
