import Foundation
import Testing

@testable import Genes

@Suite("Lexicon index")
struct LexiconIndexTests {
    /// `lexicon` written as an index in a fresh folder and mapped back.
    private func mapped(_ lexicon: Lexicon, identity: UInt64 = 7) throws -> (Lexicon, path: String) {
        let path = try Fixture.temporaryFile(named: "lexicon.idx", bytes: [])
        try lexicon.writeIndex(to: path, identity: identity)
        return (try Lexicon(indexAt: path, identity: identity), path)
    }

    /// The fixture lexicon built in memory, the bytes of its index file, and its keys.
    private func fixtureIndex() throws -> (memory: Lexicon, bytes: [UInt8], keys: [String]) {
        let memory = try Fixture.lexicon()
        let (_, path) = try mapped(memory)
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        return (memory, bytes, try allKeys(memory).keys)
    }

    /// Every key and join prefix of a lexicon built in memory.
    private func allKeys(_ lexicon: Lexicon) throws -> (keys: [String], joinPrefixes: Set<String>) {
        guard case .memory(let memory) = lexicon.storage else { throw IndexTestError.notInMemory }
        return (memory.index.keyedPostings().filter { !$0.postings.isEmpty }.map(\.key), memory.index.joinPrefixes)
    }

    /// Expects the mapped lexicon to answer exactly as the in-memory one, for every gene,
    /// family, key and join prefix.
    private func expectSameAnswers(_ memory: Lexicon, _ mapped: Lexicon) throws {
        #expect(mapped.organisms == memory.organisms)
        #expect(mapped.sources == memory.sources)
        #expect(mapped.geneCount == memory.geneCount)
        #expect(mapped.familyCount == memory.familyCount)
        #expect(mapped.keyCount == memory.keyCount)
        #expect(mapped.allGenes == memory.allGenes)
        #expect(mapped.allFamilies == memory.allFamilies)
        let genesAgree = (0..<memory.geneCount).allSatisfy {
            mapped.isProteinCoding(gene: $0) == memory.isProteinCoding(gene: $0)
                && mapped.hasPlaceholderSymbol(gene: $0) == memory.hasPlaceholderSymbol(gene: $0)
                && mapped.organismIndex(ofGene: $0) == memory.organismIndex(ofGene: $0)
        }
        #expect(genesAgree)
        let (keys, joinPrefixes) = try allKeys(memory)
        let differing = keys.filter { mapped.hits(forKey: $0) != memory.hits(forKey: $0) }
        #expect(differing.isEmpty, "keys answered differently: \(differing.prefix(10))")
        let unordered = keys.filter { key in
            var found: [Posting] = []
            mapped.forEachPosting(forKey: key) { found.append($0) }
            return found.sorted(by: Posting.hitOrder) != memory.storage.postings(forKey: key)
        }
        #expect(unordered.isEmpty)
        let prefixesAgree = (keys + joinPrefixes).allSatisfy { mapped.isJoinPrefix($0) == joinPrefixes.contains($0) }
        #expect(prefixesAgree)
        for absent in ["", "NOTAGENEKEY", "MAPK1X", "zz", "mapk1"] {
            #expect(mapped.hits(forKey: absent) == memory.hits(forKey: absent))
            #expect(mapped.isJoinPrefix(absent) == memory.isJoinPrefix(absent))
        }
    }

    @Test("the mapped fixture index answers every key, gene and family as the lexicon built in memory")
    func fixtureRoundTrip() throws {
        let memory = try Fixture.lexicon()
        let (mapped, path) = try mapped(memory)
        #expect(mapped.storageNote == "index \(path)")
        try expectSameAnswers(memory, mapped)
    }

    @Test("the mapped full human index answers every key as the lexicon built in memory")
    func humanRoundTrip() throws {
        let memory = try Lexicon.load(paths: [try LexiconLocator.defaultHumanLexiconPath()])
        let (mapped, _) = try mapped(memory)
        try expectSameAnswers(memory, mapped)
        #expect(mapped.keyCount > 100_000)
    }

    @Test("the matcher finds the same mentions through either storage")
    func sameMentions() throws {
        let memory = try Fixture.lexicon()
        let (mapped, _) = try mapped(memory)
        var texts = ["MAPK1 GSK-3β phosphorylates MAPKl", "NF kB and 14-3-3 zeta", "ERK1/2 IL-1/6 SMAD2/3 Wnt3-5",
                     "p-ERK AMPK p65 PKA CREB", "Akt Myc for Nat act", "AR ar LOC84214"]
        let fixture = try String(contentsOfFile: Fixture.path("human-subset.tsv"), encoding: .utf8)
        for line in fixture.split(separator: "\n") where line.hasPrefix("G\t") || line.hasPrefix("F\t") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let names = line.hasPrefix("G") ? [fields[3]] + fields[5...7].flatMap { $0.split(separator: "|") }
                : [fields[1]] + fields[3].split(separator: "|")
            texts += names.map { String($0) }
            texts += names.map { $0.replacingOccurrences(of: "1", with: "l") }
        }
        let inMemory = GeneMatcher(lexicon: memory), fromIndex = GeneMatcher(lexicon: mapped)
        let differing = texts.filter { inMemory.mentions(inText: $0) != fromIndex.mentions(inText: $0) }
        #expect(differing.isEmpty, "texts matched differently: \(differing.prefix(10))")
    }

    @Test("the same lexicon always gives the same index bytes")
    func reproducible() throws {
        let lexicon = try Fixture.lexicon()
        let first = try LexiconIndexWriter.bytes(of: lexicon, identity: 1)
        let again = try LexiconIndexWriter.bytes(of: try Lexicon.load(paths: [Fixture.path("human-subset.tsv")]), identity: 1)
        #expect(first == again)
    }

    @Test("a truncated, emptied, foreign or stale index is refused, never read")
    func refused() throws {
        let (_, path) = try mapped(try Fixture.lexicon())
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        for length in [0, 7, LexiconIndexLayout.Header.size - 1, LexiconIndexLayout.Header.size, bytes.count / 2, bytes.count - 1] {
            let truncated = try Fixture.temporaryFile(named: "truncated.idx", bytes: Array(bytes.prefix(length)))
            let error = try #require(throws: GenesError.self) { try Lexicon(indexAt: truncated, identity: 7) }
            #expect(error.code == .invalidIndex, "\(length) bytes: \(error)")
        }
        var newer = bytes
        newer[LexiconIndexLayout.Header.version] = 2
        let versioned = try Fixture.temporaryFile(named: "v2.idx", bytes: newer)
        #expect(throws: GenesError.self) { try Lexicon(indexAt: versioned, identity: 7) }
        #expect(throws: GenesError.self) { try Lexicon(indexAt: path, identity: 8) }
        let text = try Fixture.temporaryFile(named: "text.idx", bytes: Array("#format\tocr-worker-lexicon/1\n".utf8))
        #expect(throws: GenesError.self) { try Lexicon(indexAt: text) }
    }

    @Test("damage in the large tables opens, and reads as misses, skipped postings and empty strings")
    func damagedLargeTables() throws {
        let (memory, bytes, keys) = try fixtureIndex()
        let key = try #require(keys.first { !memory.hits(forKey: $0).isEmpty })
        let header = try bytes.withUnsafeBytes { try LexiconIndexHeader(IndexBytes(raw: $0), path: "fixture") }
        /// Each record of `section` in `bytes` with the 4-byte field at `field` set to `value`.
        func damaged(_ section: LexiconIndexLayout.Section, field: Int, to value: UInt32) throws -> Lexicon {
            var copy = bytes
            let offset = header.offset(section)
            for record in 0..<header.count(section) {
                for byte in 0..<4 { copy[offset + record * section.recordSize + field + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
            }
            return try Lexicon(indexAt: try Fixture.temporaryFile(named: "damaged.idx", bytes: copy))
        }
        // Every posting names a gene past the table: the key is found, its postings skipped.
        let postings = try damaged(.postings, field: 0, to: UInt32.max & ~LexiconIndexLayout.Posting.kindMask)
        #expect(postings.hits(forKey: key).isEmpty)
        #expect(GeneMatcher(lexicon: postings).mentions(inText: key).isEmpty)
        // Every slot names a key past the table: every lookup misses.
        let slots = try damaged(.slots, field: 0, to: UInt32.max)
        #expect(keys.allSatisfy { slots.hits(forKey: $0).isEmpty && !slots.isJoinPrefix($0) })
        // Every key's postings start past the table: found, with none.
        let starts = try damaged(.keys, field: LexiconIndexLayout.Key.postingsStart, to: UInt32.max)
        #expect(starts.hits(forKey: key).isEmpty)
        // Every gene's symbol lies past the pool and its organism past the table.
        let genes = try damaged(.genes, field: LexiconIndexLayout.Gene.symbolOffset, to: UInt32.max)
        #expect((0..<genes.geneCount).allSatisfy { genes.gene(at: $0).symbol.isEmpty })
        #expect(genes.gene(at: 0).geneID == memory.gene(at: 0).geneID)
        let organisms = try damaged(.genes, field: LexiconIndexLayout.Gene.organism, to: UInt32.max)
        #expect((0..<organisms.geneCount).allSatisfy { organisms.organismIndex(ofGene: $0) == 0 })
    }

    @Test("corrupt bytes anywhere in an index are refused or read within bounds, never a crash")
    func corruptBytes() throws {
        let (_, bytes, keys) = try fixtureIndex()
        var generator = SplitMix(seed: 42)
        var refused = 0
        for round in 0..<300 {
            var corrupt = bytes
            // Every header and section-table byte once, then random bytes of the records.
            let position = round < LexiconIndexLayout.Header.size ? round : Int(generator.next() % UInt64(bytes.count))
            corrupt[position] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            let file = try Fixture.temporaryFile(named: "corrupt.idx", bytes: corrupt)
            guard let lexicon = try? Lexicon(indexAt: file) else {
                refused += 1
                continue
            }
            let matcher = GeneMatcher(lexicon: lexicon)
            for key in keys { _ = lexicon.hits(forKey: key) }
            _ = matcher.mentions(inText: "MAPK1 GSK-3β NF kB AMPK 14-3-3 zeta MAPKl ERK1/2")
            _ = (0..<lexicon.geneCount).map(lexicon.gene(at:))
            _ = (0..<lexicon.familyCount).map(lexicon.family(at:))
        }
        #expect(refused >= 1)
    }
}

private enum IndexTestError: Error {
    case notInMemory
}

/// A small seeded generator, so the corruption test corrupts the same bytes on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }
}
