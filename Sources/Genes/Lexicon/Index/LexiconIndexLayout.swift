/// The layout of the binary lexicon index `ocr-worker-lexicon-index/1`, shared by its writer and
/// its reader; `../LexiconIndexFormat.md` describes it for people.
enum LexiconIndexLayout {
    /// The first eight bytes of every index file.
    static let magic: [UInt8] = Array("OWLEXIDX".utf8)
    /// Bumped whenever the layout or the meaning of a field changes.
    static let version: UInt32 = 1
    /// The format's name, as the documentation gives it.
    static let formatName = "ocr-worker-lexicon-index/1"

    /// Header fields (byte offsets).
    enum Header {
        static let magic = 0
        static let version = 8
        static let sectionCount = 12
        static let fileSize = 16
        static let identity = 24
        static let keyCount = 32
        static let sectionTable = 40
        /// Each section's entry in the table: offset, then count (UInt32 each).
        static let sectionEntrySize = 8
        static var size: Int { sectionTable + Section.allCases.count * sectionEntrySize }
    }

    /// The sections, in the order of the header's section table.
    enum Section: Int, CaseIterable {
        case pool, organisms, sources, genes, families, members, keys, slots, postings

        /// Bytes per record (the pool's records are bytes).
        var recordSize: Int {
            switch self {
            case .pool: 1
            case .organisms: 16
            case .sources: 32
            case .genes: 24
            case .families: 16
            case .members: 4
            case .keys: 16
            case .slots: 4
            case .postings: 4
            }
        }
    }

    /// Gene record fields: three pool offsets, their three lengths, the organism and flags.
    enum Gene {
        static let idOffset = 0, symbolOffset = 4, typeOffset = 8
        static let idLength = 12, symbolLength = 14, typeLength = 16
        static let organism = 18, flags = 20
        static let proteinCoding: UInt32 = 1
        static let placeholderSymbol: UInt32 = 2
    }

    /// Family record fields.
    enum Family {
        static let idOffset = 0, idLength = 4, membersStart = 8, membersCount = 12
    }

    /// Organism record fields.
    enum Organism {
        static let taxID = 0, nameOffset = 8, nameLength = 12
    }

    /// Key record fields. A key's postings run from its `postingsStart` to the next key's (the
    /// last key's to the end of the postings section).
    enum Key {
        static let hash = 0, offset = 4, postingsStart = 8, length = 12, flags = 14
        static let joinPrefix: UInt16 = 1
    }

    /// A posting packs its target (gene or family index) above its three `NameKind` bits.
    enum Posting {
        static let kindBits: UInt32 = 3
        static let kindMask: UInt32 = 7
        static let maximumTarget = Int(UInt32.max >> kindBits)
    }

    /// FNV-1a (64 bits) of a key's bytes: its low bits pick the key's first slot, its high 32
    /// bits are kept in the key record to skip most byte comparisons. Fixed here, unlike Swift's
    /// per-process seeded `Hasher`, because the table outlives the process that wrote it.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
