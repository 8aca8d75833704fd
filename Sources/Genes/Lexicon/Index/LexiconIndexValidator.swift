/// Checks every record of an index once, when it is opened, so that lookups can then read
/// without bounds checks: each string lies inside the pool, each gene, family, member and
/// posting index inside its section, the key table's slots and posting ranges too. A file that
/// passes cannot make a lookup read outside the mapping or loop for ever.
struct LexiconIndexValidator {
    private typealias Layout = LexiconIndexLayout

    let bytes: IndexBytes
    let header: LexiconIndexHeader
    let path: String

    /// Throws `invalid-index` naming the first bad record.
    func validate() throws {
        try organisms()
        try sources()
        try genes()
        try families()
        try keys()
        try postings()
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

    private func genes() throws {
        let organismCount = count(.organisms)
        for record in records(.genes) {
            try checkString(bytes.u32(record + Layout.Gene.idOffset), Int(bytes.u16(record + Layout.Gene.idLength)), "gene id")
            try checkString(bytes.u32(record + Layout.Gene.symbolOffset),
                            Int(bytes.u16(record + Layout.Gene.symbolLength)), "symbol")
            try checkString(bytes.u32(record + Layout.Gene.typeOffset), Int(bytes.u16(record + Layout.Gene.typeLength)), "gene type")
            guard Int(bytes.u16(record + Layout.Gene.organism)) < organismCount else {
                throw invalid("a gene's organism is not in the organism table")
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

    private func keys() throws {
        let keyRecords = count(.keys), postingCount = count(.postings), slotCount = count(.slots)
        guard slotCount > keyRecords, slotCount & (slotCount - 1) == 0 else {
            throw invalid("\(slotCount) slots cannot hold \(keyRecords) keys (a power of two above the key count is needed)")
        }
        // Key i's postings end where key i + 1's start, so a key has postings when the next start is later.
        var previousStart = 0
        var withPostings = 0
        for (position, record) in records(.keys).enumerated() {
            let length = Int(bytes.u16(record + Layout.Key.length))
            guard length > 0 else { throw invalid("an empty match key") }
            try checkString(bytes.u32(record + Layout.Key.offset), length, "match key")
            let start = Int(bytes.u32(record + Layout.Key.postingsStart))
            guard start >= previousStart, start <= postingCount, position > 0 || start == 0 else {
                throw invalid("a key's postings lie outside the postings")
            }
            if start > previousStart { withPostings += 1 }
            previousStart = start
        }
        if keyRecords > 0 && postingCount > previousStart { withPostings += 1 }
        guard withPostings == header.keyCount else {
            throw invalid("\(withPostings) keys have postings, the header says \(header.keyCount)")
        }
        for record in records(.slots) where Int(bytes.u32(record)) > keyRecords {
            throw invalid("a slot names a key outside the key table")
        }
    }

    private func postings() throws {
        let geneCount = count(.genes), familyCount = count(.families)
        for record in records(.postings) {
            let packed = bytes.u32(record)
            guard let kind = NameKind(rawValue: UInt8(packed & Layout.Posting.kindMask)) else {
                throw invalid("a posting of unknown kind \(packed & Layout.Posting.kindMask)")
            }
            let target = Int(packed >> Layout.Posting.kindBits)
            guard target < (kind == .famplex ? familyCount : geneCount) else {
                throw invalid("a posting's \(kind == .famplex ? "family" : "gene") is not in its table")
            }
        }
    }
}
