import Foundation
import Testing

@testable import Genes

@Suite("Lexicon index cache")
struct LexiconIndexCacheTests {
    @Test("the cache writes the index on first use, maps it after, and rebuilds a corrupt one")
    func cacheLifecycle() throws {
        let directory = try Fixture.temporaryDirectory()
        let source = try Fixture.temporaryFile(named: "human.tsv", bytes: try fixtureBytes())
        let cache = LexiconIndexCache(directory: directory, executable: try program())
        let first = try cache.lexicon(source: source)
        #expect(first.storageNote.hasPrefix("in memory (no index yet; index written to \(directory)/lexicon-"))
        let second = try cache.lexicon(source: source)
        #expect(second.storageNote.hasPrefix("index \(directory)/lexicon-"))
        #expect(second.keyCount == first.keyCount && second.allGenes == first.allGenes)
        #expect(second.lookup("AMPK") == first.lookup("AMPK"))

        let index = try #require(try indexFiles(directory).first)
        let bytes = try #require(FileManager.default.contents(atPath: index))
        try Data(bytes.prefix(bytes.count - 100)).write(to: URL(fileURLWithPath: index))
        let third = try cache.lexicon(source: source)
        #expect(third.storageNote.contains("invalid-index"))
        #expect(third.storageNote.contains("index written to"))
        #expect(try cache.lexicon(source: source).storageNote.hasPrefix("index "))
    }

    @Test("an unwritable or absent cache folder falls back to the in-memory load")
    func cacheUnwritable() throws {
        let blocker = try Fixture.temporaryFile(named: "a-file", bytes: [1])
        let source = Fixture.path("human-subset.tsv")
        let unwritable = try LexiconIndexCache(directory: blocker + "/cache", executable: program()).lexicon(source: source)
        #expect(unwritable.storageNote.hasPrefix("in memory (no index yet; no index written:"))
        #expect(unwritable.geneCount == (try Fixture.lexicon()).geneCount)
        let off = try LexiconIndexCache(directory: nil, executable: program()).lexicon(source: source)
        #expect(off.storageNote.hasPrefix("in memory (no cache folder"))
        #expect(LexiconIndexCache(environment: [LexiconIndexCache.environmentVariable: "off", "HOME": "/root"]).directory == nil)
        #expect(LexiconIndexCache(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/root"]).directory == "/x/ocr-worker")
        #expect(LexiconIndexCache(environment: ["HOME": "/root"]).directory == "/root/.cache/ocr-worker")
        let missing = try #require(throws: GenesError.self) {
            try LexiconIndexCache(directory: try Fixture.temporaryDirectory(), executable: program())
                .lexicon(source: "/nonexistent/human.tsv")
        }
        #expect(missing.code == .lexiconMissing)
    }

    @Test("the cache key changes with the source's bytes, its time, and the program")
    func cacheKey() throws {
        let source = try Fixture.temporaryFile(named: "human.tsv", bytes: try fixtureBytes())
        let executable = try program()
        let original = try LexiconIndexKey(source: source, executable: executable)
        #expect(try LexiconIndexKey(source: source, executable: executable) == original)

        let modified = try #require(FileManager.default.attributesOfItem(atPath: source)[.modificationDate] as? Date)
        let originalHash = try FileFingerprint(path: source, hashingContent: true).contentHash
        var edited = try fixtureBytes()
        let position = try #require(edited.firstIndex(of: UInt8(ascii: "M")))
        edited[position] = UInt8(ascii: "N")
        try Data(edited).write(to: URL(fileURLWithPath: source))
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: source)
        let sameSizeAndTime = try LexiconIndexKey(source: source, executable: executable)
        #expect(try FileFingerprint(path: source, hashingContent: true).contentHash != originalHash)
        #expect(sameSizeAndTime.identity != original.identity)
        #expect(sameSizeAndTime.stalePrefix == original.stalePrefix)

        try FileManager.default.setAttributes([.modificationDate: modified.addingTimeInterval(1)], ofItemAtPath: source)
        #expect(try LexiconIndexKey(source: source, executable: executable).identity != sameSizeAndTime.identity)

        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: executable)
        #expect(try LexiconIndexKey(source: source, executable: executable).identity != sameSizeAndTime.identity)
    }

    @Test("a linked source or program is fingerprinted by the file it links to")
    func linkedFiles() throws {
        let target = try program()
        let link = URL(fileURLWithPath: try Fixture.temporaryDirectory()).appendingPathComponent("ocr-worker").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try FileFingerprint(path: link, hashingContent: true) == FileFingerprint(path: target, hashingContent: true))
    }

    @Test("writing a new index removes the ones the same program wrote for the same source before")
    func staleRemoved() throws {
        let directory = try Fixture.temporaryDirectory()
        let source = try Fixture.temporaryFile(named: "human.tsv", bytes: try fixtureBytes())
        let cache = LexiconIndexCache(directory: directory, executable: try program())
        let other = LexiconIndexCache(directory: directory, executable: try program())
        _ = try cache.lexicon(source: source)
        _ = try other.lexicon(source: source)
        let before = try indexFiles(directory)
        #expect(before.count == 2)
        try Data(try fixtureBytes() + Array("#note\tedited\n".utf8)).write(to: URL(fileURLWithPath: source))
        _ = try cache.lexicon(source: source)
        let after = try indexFiles(directory)
        #expect(after.count == 2)
        #expect(Set(after).intersection(before).count == 1, "the other program's index stays")
    }

    private func fixtureBytes() throws -> [UInt8] {
        try #require(FileManager.default.contents(atPath: Fixture.path("human-subset.tsv")).map { [UInt8]($0) })
    }

    /// A stand-in for the executable: its size and time are part of the cache key.
    private func program() throws -> String { try Fixture.temporaryFile(named: "ocr-worker", bytes: [0x7F, 0x45]) }

    private func indexFiles(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".idx") }.sorted()
            .map { directory + "/" + $0 }
    }
}
