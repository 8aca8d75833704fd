/// A lexicon served from an index file mapped into memory (`ocr-worker-lexicon-index/1`, see
/// `../LexiconIndexFormat.md`): opening it checks the header and the small tables, then every
/// lookup reads the mapping directly, checking each record of the large tables it reads, so a
/// load costs about a millisecond, no private copy of the lexicon, and only the pages lookups
/// touch.
final class MappedLexicon: Sendable {
    private typealias Layout = LexiconIndexLayout

    /// The index file.
    let path: String
    /// The organisms, decoded (a handful).
    let organisms: [Organism]
    /// The provenance of the lexicon's sources, decoded.
    let sources: [LexiconSource]
    let geneCount: Int
    let familyCount: Int
    let keyCount: Int

    // Keeps the mapping alive as long as `bytes` points into it.
    private let file: MappedFile
    private let bytes: IndexBytes
    private let pool: Int, genes: Int, families: Int, members: Int, keys: Int, slots: Int, postingsStart: Int
    private let keyRecords: Int, slotCount: Int, postingCount: Int, poolCount: Int, organismCount: Int

    /// Maps and checks the index at `path`; with `identity`, also that it was written for that
    /// cache key. Throws `invalid-index` (or `unreadable-file`) rather than serve a bad file.
    init(path: String, identity: UInt64? = nil) throws {
        let file = try MappedFile(path: path)
        let bytes = file.bytes
        let header = try LexiconIndexHeader(bytes, path: path)
        if let identity, header.identity != identity {
            throw GenesError(.invalidIndex, "the index was written for other sources or another program", path: path)
        }
        try LexiconIndexValidator(bytes: bytes, header: header, path: path).validate()
        let pool = header.offset(.pool)
        func string(_ field: Int) -> String { bytes.string(pool + Int(bytes.u32(field)), Int(bytes.u32(field + 4))) }
        organisms = (0..<header.count(.organisms)).map { index in
            let record = header.offset(.organisms) + index * Layout.Section.organisms.recordSize
            return Organism(taxID: Int(Int64(bitPattern: bytes.u64(record + Layout.Organism.taxID))),
                            name: string(record + Layout.Organism.nameOffset))
        }
        sources = (0..<header.count(.sources)).map { index in
            let record = header.offset(.sources) + index * Layout.Section.sources.recordSize
            return LexiconSource(name: string(record), version: string(record + 8), date: string(record + 16),
                                 checksum: string(record + 24))
        }
        self.path = path
        self.file = file
        self.bytes = bytes
        self.pool = pool
        (genes, families, members) = (header.offset(.genes), header.offset(.families), header.offset(.members))
        (keys, slots, postingsStart) = (header.offset(.keys), header.offset(.slots), header.offset(.postings))
        (geneCount, familyCount, keyCount) = (header.count(.genes), header.count(.families), header.keyCount)
        (keyRecords, slotCount, postingCount) = (header.count(.keys), header.count(.slots), header.count(.postings))
        (poolCount, organismCount) = (header.count(.pool), header.count(.organisms))
    }

    // MARK: Genes and families

    @inline(__always) private func geneRecord(_ index: Int) -> Int { genes + index * Layout.Section.genes.recordSize }

    /// The pool string whose offset is stored at `offset`; empty when a damaged record points
    /// past the pool (gene records are checked as they are read, not when the file is opened).
    @inline(__always) private func poolString(_ offset: Int, _ length: Int) -> String {
        let start = Int(bytes.u32(offset))
        guard start + length <= poolCount else { return "" }
        return bytes.string(pool + start, length)
    }

    func gene(at index: Int) -> LexiconGene {
        let record = geneRecord(index)
        return LexiconGene(
            geneID: poolString(record + Layout.Gene.idOffset, Int(bytes.u16(record + Layout.Gene.idLength))),
            symbol: poolString(record + Layout.Gene.symbolOffset, Int(bytes.u16(record + Layout.Gene.symbolLength))),
            type: poolString(record + Layout.Gene.typeOffset, Int(bytes.u16(record + Layout.Gene.typeLength))),
            organismIndex: organismIndex(ofGene: index))
    }

    /// The gene's organism; the first one for a damaged record (opening checked there is one).
    func organismIndex(ofGene index: Int) -> Int {
        let organism = Int(bytes.u16(geneRecord(index) + Layout.Gene.organism))
        return organism < organismCount ? organism : 0
    }

    func isProteinCoding(gene index: Int) -> Bool {
        bytes.u32(geneRecord(index) + Layout.Gene.flags) & Layout.Gene.proteinCoding != 0
    }

    func hasPlaceholderSymbol(gene index: Int) -> Bool {
        bytes.u32(geneRecord(index) + Layout.Gene.flags) & Layout.Gene.placeholderSymbol != 0
    }

    @inline(__always) private func familyRecord(_ index: Int) -> Int { families + index * Layout.Section.families.recordSize }

    /// The member gene at `position` in a family record's member list.
    @inline(__always) private func member(_ position: Int, ofFamilyRecord record: Int) -> Int {
        let start = Int(bytes.u32(record + Layout.Family.membersStart)) + position
        return Int(bytes.u32(members + start * Layout.Section.members.recordSize))
    }

    func family(at index: Int) -> LexiconFamily {
        let record = familyRecord(index)
        let count = Int(bytes.u32(record + Layout.Family.membersCount))
        return LexiconFamily(
            id: poolString(record + Layout.Family.idOffset, Int(bytes.u32(record + Layout.Family.idLength))),
            members: (0..<count).map { member($0, ofFamilyRecord: record) })
    }

    func firstMember(ofFamily index: Int) -> Int { member(0, ofFamilyRecord: familyRecord(index)) }

    // MARK: Keys

    /// The key record of `key`, or nil: linear probing from the slot its hash picks, at most
    /// once round the table (a damaged table may have no free slot). A slot naming no key, or
    /// a key whose text lies outside the pool, ends the search as a miss.
    private func keyRecord(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { text -> Int? in
            if text.isEmpty { return nil }
            let hash = Layout.hash(text)
            let check = UInt32(truncatingIfNeeded: hash >> 32)
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            for _ in 0..<slotCount {
                let value = Int(bytes.u32(slots + slot * Layout.Section.slots.recordSize))
                if value == 0 || value > keyRecords { return nil }
                let record = keys + (value - 1) * Layout.Section.keys.recordSize
                if bytes.u32(record + Layout.Key.hash) == check, Int(bytes.u16(record + Layout.Key.length)) == text.count {
                    let start = Int(bytes.u32(record + Layout.Key.offset))
                    guard start + text.count <= poolCount else { return nil }
                    if bytes.matches(pool + start, text) { return record }
                }
                slot = (slot + 1) & (slotCount - 1)
            }
            return nil
        }
    }

    /// The postings range of a key record, kept inside the postings table.
    private func postingRange(_ record: Int) -> Range<Int> {
        let start = min(Int(bytes.u32(record + Layout.Key.postingsStart)), postingCount)
        let next = record + Layout.Section.keys.recordSize
        let end = next < keys + keyRecords * Layout.Section.keys.recordSize
            ? Int(bytes.u32(next + Layout.Key.postingsStart)) : postingCount
        return start..<min(max(end, start), postingCount)
    }

    /// The posting at `index`, or nil when a damaged record names an unknown kind or a gene or
    /// family past its table.
    @inline(__always) private func posting(_ index: Int) -> Posting? {
        let packed = bytes.u32(postingsStart + index * Layout.Section.postings.recordSize)
        guard let kind = NameKind(rawValue: UInt8(packed & Layout.Posting.kindMask)) else { return nil }
        let target = Int(packed >> Layout.Posting.kindBits)
        guard target < (kind == .famplex ? familyCount : geneCount) else { return nil }
        return Posting(target: Int32(target), kind: kind)
    }

    func forEachPosting(forKey key: String, _ body: (Posting) -> Void) {
        guard let record = keyRecord(key) else { return }
        for index in postingRange(record) {
            if let posting = posting(index) { body(posting) }
        }
    }

    /// The postings of `key`, in hit order (the order they were written in).
    func postings(forKey key: String) -> [Posting] {
        guard let record = keyRecord(key) else { return [] }
        return postingRange(record).compactMap(posting)
    }

    func isJoinPrefix(_ key: String) -> Bool {
        guard let record = keyRecord(key) else { return false }
        return bytes.u16(record + Layout.Key.flags) & Layout.Key.joinPrefix != 0
    }
}
