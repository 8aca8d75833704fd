import Foundation

/// Finds the folder of Tesseract's trained models and describes the models in it.
public enum Tessdata {
    /// Where Debian and other distributions put the models, newest layout first.
    public static let systemFolders = [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ]

    /// The folder to use: `explicit` when given, else `TESSDATA_PREFIX`, else the first system
    /// folder holding the first language's model, else the first system folder that exists (so
    /// a missing model is reported against it); nil when none exists.
    public static func resolveFolder(
        explicit: String?, languages: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let prefix = environment["TESSDATA_PREFIX"], !prefix.isEmpty { return prefix }
        let first = languages.first ?? "eng"
        return systemFolders.first { FileManager.default.fileExists(atPath: modelPath(folder: $0, language: first)) }
            ?? systemFolders.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The path of one language's model file in `folder`.
    public static func modelPath(folder: String, language: String) -> String {
        (folder as NSString).appendingPathComponent("\(language).traineddata")
    }

    /// The languages with a model in `folder`, sorted.
    public static func availableLanguages(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".traineddata") }.map { String($0.dropLast(".traineddata".count)) }.sorted()
    }

    /// The version string a traineddata file carries (its `version` component, e.g.
    /// `4.00.00alpha:eng:synth20170629`), or nil when the file has none or is not one.
    public static func modelVersion(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let offsets = componentOffsets(handle), offsets.count > Component.version else { return nil }
        let start = offsets[Component.version]
        guard start > 0, let end = try? handle.seekToEnd() else { return nil }
        let next = offsets[(Component.version + 1)...].first { $0 > start }.map(UInt64.init) ?? end
        guard next > UInt64(start), next - UInt64(start) < 4096 else { return nil }
        do {
            try handle.seek(toOffset: UInt64(start))
            guard let bytes = try handle.read(upToCount: Int(next - UInt64(start))) else { return nil }
            let text = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            return text.isEmpty ? nil : text
        } catch {
            return nil
        }
    }

    /// Whether a traineddata file holds an LSTM network (its `lstm` component); nil when the
    /// file is not one. Tesseract asked for its LSTM engine falls back to its legacy engine when
    /// the first is missing, which is exactly when this is false.
    public static func hasLSTMNetwork(at path: String) -> Bool? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let offsets = componentOffsets(handle) else { return nil }
        return offsets.count > Component.lstm && offsets[Component.lstm] > 0
    }

    /// Entries of a traineddata file's table of components (Tesseract's `TessdataType`).
    enum Component {
        static let lstm = 17
        static let version = 23
    }

    /// The file's table of component offsets (-1 for an absent component), or nil when it has
    /// none: the file starts with a little-endian Int32 entry count, then one Int64 offset per
    /// entry; a component runs to the next present one or the end.
    static func componentOffsets(_ handle: FileHandle) -> [Int64]? {
        guard let countBytes = try? handle.read(upToCount: 4), countBytes.count == 4 else { return nil }
        let count = Int(Int32(littleEndian: countBytes.withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }))
        guard count > 0, count < 1000, let table = try? handle.read(upToCount: 8 * count), table.count == 8 * count else { return nil }
        return (0..<count).map { index in
            Int64(littleEndian: table.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index * 8, as: Int64.self) })
        }
    }
}
