/// Checks names taken from records before they become file names, so that no record can
/// make the worker write outside its output folder.
public enum OutputName {
    /// Longest accepted figid: output names add a suffix such as `-tokens.tsv`, and most file
    /// systems stop at 255 bytes.
    public static let maxLength = 200

    /// Returns `figid` when it is a single safe path component, else throws `unsafeName`.
    public static func validatedFigid(_ figid: String, recordPath: String) throws -> String {
        if let reason = unsafeReason(figid) {
            throw RecordError(.unsafeName, "\(recordPath): figid \(quoted(figid)) \(reason); refusing to write outside the output folder")
        }
        return figid
    }

    /// Returns `filename` when it names a file without any folder part, else throws `unsafeName`.
    public static func validatedFilename(_ filename: String, recordPath: String) throws -> String {
        if let reason = unsafeReason(filename) {
            throw RecordError(.unsafeName, "\(recordPath): filename \(quoted(filename)) \(reason)")
        }
        return filename
    }

    /// A figid for an image without a record: its file name without extension (with it when
    /// `keepingExtension`, to tell `WP111.png` from `WP111.jpg`), with every character that is
    /// unsafe in a file name replaced by `_`.
    public static func derivedFigid(fromFilename filename: String, keepingExtension: Bool = false) -> String {
        let last = filename.split(separator: "/").last.map(String.init) ?? filename
        var stem = last
        if !keepingExtension, let dot = last.lastIndex(of: "."), dot != last.startIndex { stem = String(last[..<dot]) }
        let cleaned = String(stem.map { isSafe($0) ? $0 : "_" }.prefix(maxLength))
        let trimmed = cleaned.drop { $0 == "." }
        return trimmed.isEmpty ? "figure" : String(trimmed)
    }

    /// Why `name` is not a safe single file name, or nil when it is.
    static func unsafeReason(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.utf8.count > maxLength { return "is longer than \(maxLength) bytes" }
        if name == "." || name == ".." { return "is a relative folder reference" }
        if name.hasPrefix("/") { return "is an absolute path" }
        if name.contains("/") || name.contains("\\") { return "contains a path separator" }
        if name.hasPrefix(".") { return "starts with a dot (hidden file or relative path)" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "contains control characters" }
        return nil
    }

    private static func isSafe(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._-+".contains(character))
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "'"
    }
}
