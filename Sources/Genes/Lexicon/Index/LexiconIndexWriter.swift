/// Writes a lexicon built in memory as the bytes of an index file (`ocr-worker-lexicon-index/1`,
/// see `../LexiconIndexFormat.md`). Keys and postings come from the built `NameIndex`, so the
/// folding and indexing rules stay in one place; the same lexicon always gives the same bytes.
enum LexiconIndexWriter {
    private typealias Layout = LexiconIndexLayout

    /// The index bytes of `lexicon`, stamped with `identity` (the cache key it answers to).
    static func bytes(of lexicon: Lexicon, identity: UInt64) throws -> [UInt8] {
        guard case .memory(let memory) = lexicon.storage else {
            throw GenesError(.invalidIndex, "only a lexicon built from its sources can be written as an index")
        }
        var pool = IndexStringPool()
        var sections: [Layout.Section: (bytes: [UInt8], count: Int)] = [:]
        sections[.organisms] = try organisms(lexicon.organisms, &pool)
        sections[.sources] = try sources(lexicon.sources, &pool)
        sections[.genes] = try genes(memory.genes, organismCount: lexicon.organisms.count, &pool)
        let (families, members) = try families(memory.families, &pool)
        sections[.families] = families
        sections[.members] = members
        let (keys, slots, postings) = try keyTable(memory.index, &pool)
        sections[.keys] = keys
        sections[.slots] = slots
        sections[.postings] = postings
        sections[.pool] = (pool.bytes, pool.bytes.count)
        return try assemble(sections, identity: identity, keyCount: memory.index.keyCount)
    }

    private static func assemble(_ sections: [Layout.Section: (bytes: [UInt8], count: Int)], identity: UInt64,
                                 keyCount: Int) throws -> [UInt8] {
        let total = Layout.Header.size + sections.values.reduce(0) { $0 + $1.bytes.count + 8 }
        guard total <= UInt32.max else { throw GenesError(.invalidIndex, "the lexicon exceeds the index's 4 GB") }
        var out = IndexByteWriter(capacity: total)
        out.bytes(Layout.magic)
        out.u32(Layout.version)
        out.u32(UInt32(Layout.Section.allCases.count))
        out.u64(0)  // file size, set below
        out.u64(identity)
        out.u32(UInt32(keyCount))
        out.u32(0)
        for _ in Layout.Section.allCases { out.u64(0) }  // section table, set below
        // The pool last: the fixed-size records before it stay 8-byte aligned.
        for section in [Layout.Section.organisms, .sources, .genes, .families, .members, .keys, .slots, .postings, .pool] {
            out.align()
            let entry = Layout.Header.sectionTable + section.rawValue * Layout.Header.sectionEntrySize
            let (bytes, count) = sections[section] ?? ([], 0)
            out.set(UInt32(out.bytes.count), at: entry)
            out.set(UInt32(count), at: entry + 4)
            out.bytes(bytes)
        }
        out.set(UInt64(out.bytes.count), at: Layout.Header.fileSize)
        return out.bytes
    }

    private static func organisms(_ organisms: [Organism], _ pool: inout IndexStringPool) throws -> ([UInt8], Int) {
        var out = IndexByteWriter(capacity: organisms.count * Layout.Section.organisms.recordSize)
        for organism in organisms {
            let name = try pool.add(organism.name)
            out.u64(UInt64(bitPattern: Int64(organism.taxID)))
            out.u32(name.offset)
            out.u32(UInt32(name.length))
        }
        return (out.bytes, organisms.count)
    }

    private static func sources(_ sources: [LexiconSource], _ pool: inout IndexStringPool) throws -> ([UInt8], Int) {
        var out = IndexByteWriter(capacity: sources.count * Layout.Section.sources.recordSize)
        for source in sources {
            for text in [source.name, source.version, source.date, source.checksum] {
                let field = try pool.add(text)
                out.u32(field.offset)
                out.u32(UInt32(field.length))
            }
        }
        return (out.bytes, sources.count)
    }

    private static func genes(_ genes: [LexiconGene], organismCount: Int,
                              _ pool: inout IndexStringPool) throws -> ([UInt8], Int) {
        guard organismCount <= Int(UInt16.max) + 1 else {
            throw GenesError(.invalidIndex, "\(organismCount) organisms exceed the index's 65,536")
        }
        var out = IndexByteWriter(capacity: genes.count * Layout.Section.genes.recordSize)
        for gene in genes {
            let id = try pool.addShort(gene.geneID, field: "gene id")
            let symbol = try pool.addShort(gene.symbol, field: "symbol")
            let type = try pool.addShort(gene.type, recurring: true, field: "gene type")
            var flags: UInt32 = 0
            if gene.isProteinCoding { flags |= Layout.Gene.proteinCoding }
            if NameIndex.isLOCName(gene.symbol) { flags |= Layout.Gene.placeholderSymbol }
            out.u32(id.offset)
            out.u32(symbol.offset)
            out.u32(type.offset)
            out.u16(id.length)
            out.u16(symbol.length)
            out.u16(type.length)
            out.u16(UInt16(gene.organismIndex))
            out.u32(flags)
        }
        return (out.bytes, genes.count)
    }

    private static func families(_ families: [LexiconFamily], _ pool: inout IndexStringPool) throws
        -> (families: ([UInt8], Int), members: ([UInt8], Int))
    {
        var records = IndexByteWriter(capacity: families.count * Layout.Section.families.recordSize)
        var members = IndexByteWriter(capacity: families.count * 8 * Layout.Section.members.recordSize)
        var memberCount = 0
        for family in families {
            let id = try pool.add(family.id)
            records.u32(id.offset)
            records.u32(UInt32(id.length))
            records.u32(UInt32(memberCount))
            records.u32(UInt32(family.members.count))
            for member in family.members { members.u32(UInt32(member)) }
            memberCount += family.members.count
        }
        return ((records.bytes, families.count), (members.bytes, memberCount))
    }

    /// Key records in key order, the open-addressing slots (at most half full, so a missing key
    /// ends its probe quickly), and every key's postings in hit order.
    private static func keyTable(_ index: NameIndex, _ pool: inout IndexStringPool) throws
        -> (keys: ([UInt8], Int), slots: ([UInt8], Int), postings: ([UInt8], Int))
    {
        // Sorted for reproducible bytes; keys are ASCII (see `MatchKey`), so this is byte order.
        let entries = index.keyedPostings().sorted { $0.key < $1.key }
        var records = IndexByteWriter(capacity: entries.count * Layout.Section.keys.recordSize)
        var postings = IndexByteWriter(capacity: index.keyCount * 2 * Layout.Section.postings.recordSize)
        var postingCount = 0
        let slotCount = max(8, 1 << (Int.bitWidth - (2 * entries.count).leadingZeroBitCount))
        var slots = [UInt32](repeating: 0, count: slotCount)
        for (position, entry) in entries.enumerated() {
            let text = try pool.addShort(entry.key, field: "match key")
            var key = entry.key
            let hash = key.withUTF8(Layout.hash)
            records.u32(UInt32(truncatingIfNeeded: hash >> 32))
            records.u32(text.offset)
            records.u32(UInt32(postingCount))
            records.u16(text.length)
            records.u16(entry.joinPrefix ? Layout.Key.joinPrefix : 0)
            for posting in entry.postings {
                guard Int(posting.target) <= Layout.Posting.maximumTarget else {
                    throw GenesError(.invalidIndex, "gene or family index \(posting.target) exceeds the index's limit")
                }
                postings.u32(UInt32(posting.target) << Layout.Posting.kindBits | UInt32(posting.kind.rawValue))
                postingCount += 1
            }
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt32(position + 1)
        }
        var slotBytes = IndexByteWriter(capacity: slotCount * Layout.Section.slots.recordSize)
        for slot in slots { slotBytes.u32(slot) }
        return ((records.bytes, entries.count), (slotBytes.bytes, slotCount), (postings.bytes, postingCount))
    }
}
