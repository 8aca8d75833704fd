/// Checks the small tables of an index once, when it is opened: organisms, sources, families
/// and their members (about 40 KB of the human index's 9 MB), and the key table's shape. The
/// large tables (genes, keys, slots, postings) are checked where they are read, record by
/// record (`MappedLexicon`), so opening reads no more of the file than a figure's lookups touch:
/// a full scan cost 1-2 ms and put all 9 MB into every process's resident memory. Either way a
/// file that opens cannot make a lookup read outside the mapping or loop for ever.
struct LexiconIndexValidator {
    private typealias Layout = LexiconIndexLayout

    let bytes: IndexBytes
    let header: LexiconIndexHeader
    let path: String

    /// Throws `invalid-index` naming the first bad record.
    func validate() throws {
        try organisms()
        try sources()
        try families()
        try keyTable()
    }

    private func invalid(_ message: String) -> GenesError { GenesError(.invalidIndex, message, path: path) }

    private func count(_ section: Layout.Section) -> Int { header.count(section) }

    private func records(_ section: Layout.Section) -> StrideTo<Int> {
        let start = header.offset(section)
        return stride(from: start, to: start + count(section) * section.recordSize, by: section.recordSize)
    }

    private func checkString(_ offset: UInt32, _ length: Int, _ what: String) throws {
        guard Int(offset) + length <= count(.pool) else { throw invalid("a \(what) lies outside the string pool") }
    }

    private func organisms() throws {
        for record in records(.organisms) {
            try checkString(bytes.u32(record + Layout.Organism.nameOffset),
                            Int(bytes.u32(record + Layout.Organism.nameLength)), "organism name")
        }
    }

    private func sources() throws {
        for record in records(.sources) {
            for field in stride(from: 0, to: Layout.Section.sources.recordSize, by: 8) {
                try checkString(bytes.u32(record + field), Int(bytes.u32(record + field + 4)), "source field")
            }
        }
    }

    private func families() throws {
        let geneCount = count(.genes), memberCount = count(.members)
        for record in records(.families) {
            try checkString(bytes.u32(record + Layout.Family.idOffset), Int(bytes.u32(record + Layout.Family.idLength)), "family id")
            let start = Int(bytes.u32(record + Layout.Family.membersStart))
            let members = Int(bytes.u32(record + Layout.Family.membersCount))
            guard members > 0, start + members <= memberCount else { throw invalid("a family's members lie outside the member list") }
        }
        for record in records(.members) where Int(bytes.u32(record)) >= geneCount {
            throw invalid("a family member is not in the gene table")
        }
    }

    private func keyTable() throws {
        let keyRecords = count(.keys), slotCount = count(.slots)
        guard slotCount > keyRecords, slotCount & (slotCount - 1) == 0 else {
            throw invalid("\(slotCount) slots cannot hold \(keyRecords) keys (a power of two above the key count is needed)")
        }
        guard count(.genes) == 0 || count(.organisms) > 0 else { throw invalid("genes without an organism table") }
    }
}
