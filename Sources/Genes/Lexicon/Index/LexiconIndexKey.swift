/// The name of a cached index and the identity stamped in it. The identity changes whenever
/// the index could answer differently: the source file (size, modification time, content hash),
/// the index format, and the program (size and modification time of its executable), because
/// the folding and indexing rules that made the keys are code. A version constant bumped by hand
/// would also cover the code, until the day someone changed `MatchKey` and forgot to bump it.
struct LexiconIndexKey: Hashable, Sendable {
    /// `lexicon-<placement>-<identity>.idx`.
    let fileName: String
    /// Shared by every index one executable writes for one source path, whatever their content:
    /// when a new one is written, the others with this prefix are stale and can go.
    let stalePrefix: String
    /// Stamped in the index header and checked when it is opened.
    let identity: UInt64

    /// The key of `source` read by the program at `executable`; throws when either cannot be read.
    init(source: String, executable: String) throws {
        let sourceFile = try FileFingerprint(path: source, hashingContent: true)
        // The executable is not hashed: tens of MB, and any rebuild changes its time anyway.
        let program = try FileFingerprint(path: executable, hashingContent: false)
        let placement = Self.hex(Self.hash("\(executable)\n\(source)"))
        identity = Self.hash([
            LexiconIndexLayout.formatName,
            "source \(sourceFile.size) \(sourceFile.modified.bitPattern) \(sourceFile.contentHash)",
            "program \(program.size) \(program.modified.bitPattern)",
        ].joined(separator: "\n"))
        stalePrefix = "lexicon-\(placement)-"
        fileName = "\(stalePrefix)\(Self.hex(identity)).idx"
    }

    private static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8(LexiconIndexLayout.hash)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
