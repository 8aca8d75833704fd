import Foundation

/// The records of one folder, indexed by the image file name their front matter names, built
/// once per folder so thousands of lookups cost one scan.
///
/// Only the top-level `filename:` line of each front matter is read here; the record found is
/// parsed in full when it is used.
public struct RecordIndex: Sendable {
    /// The folder indexed.
    public let folder: String
    /// Image file name -> record paths naming it, sorted by path.
    private var byFilename: [String: [String]] = [:]
    /// Record file names (`<figid>.md`) -> path.
    private var byRecordName: [String: String] = [:]

    /// Scans `folder` (not recursively) for `.md` records; a missing folder gives an empty index.
    public init(folder: String) {
        self.folder = folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            byRecordName[name] = path
            if let filename = Self.declaredFilename(atPath: path) {
                byFilename[filename, default: []].append(path)
            }
        }
    }

    /// The records whose front matter `filename` is `imageName`, then a record named
    /// `<stem>.md` or `<anything>__<stem>.md` (PFOCR's `<pmcid>__<stem>` figids).
    public func candidates(forImageNamed imageName: String) -> [String] {
        if let paths = byFilename[imageName], !paths.isEmpty { return paths }
        let stem = (imageName as NSString).deletingPathExtension
        if let path = byRecordName["\(stem).md"] { return [path] }
        return byRecordName.keys.filter { $0.hasSuffix("__\(stem).md") }.sorted().compactMap { byRecordName[$0] }
    }

    /// The value of the top-level `filename:` key of a record's front matter, read without
    /// parsing the whole YAML (the value is unquoted the way YAML would).
    static func declaredFilename(atPath path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // Front matter of PFOCR records is a few kilobytes; the key sits near the top.
        guard let head = try? handle.read(upToCount: 64 * 1024), let text = String(data: head, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        while let line = lines.next() {
            if line.hasPrefix("---") || line.hasPrefix("...") { return nil }
            guard line.hasPrefix("filename:") else { continue }
            let raw = line.dropFirst("filename:".count).trimmingCharacters(in: .whitespaces)
            return unquoted(raw)
        }
        return nil
    }

    private static func unquoted(_ raw: String) -> String {
        if raw.count >= 2, raw.hasPrefix("'"), raw.hasSuffix("'") {
            return String(raw.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        if raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") {
            return String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        }
        return raw
    }
}
