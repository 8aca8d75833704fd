import Foundation
import Records

/// One figure named by a batch's input: an image path and, from a manifest, its record path.
public struct BatchInput: Sendable, Hashable {
    /// The image's absolute path.
    public var image: String
    /// The record file named for it, or nil to look it up.
    public var record: String?

    /// An input from its parts.
    public init(image: String, record: String? = nil) {
        self.image = image
        self.record = record
    }

    /// File extensions read from an images folder.
    public static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "tif", "tiff"]

    /// Every JPEG, PNG and TIFF under `folder` (recursively, skipping hidden folders such as the
    /// state's `.ocr-worker` and the folder `excluding`), sorted by path.
    public static func scan(folder: String, excluding: String? = nil) throws -> [BatchInput] {
        let root = absolute(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw WorkerError(.usage, "\(folder): no such folder (--images)")
        }
        let excluded = excluding.map(absolute)
        var found: [BatchInput] = []
        var folders = [root]
        while let current = folders.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = (current as NSString).appendingPathComponent(name)
                var isSub: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isSub) else { continue }
                if isSub.boolValue {
                    if path != excluded { folders.append(path) }
                } else if imageExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(BatchInput(image: path))
                }
            }
        }
        return found.sorted { $0.image < $1.image }
    }

    /// The figures a manifest lists: NDJSON lines `{"image": PATH, "record_path": PATH}`, or TSV
    /// lines `image<TAB>record` (an optional header line starting with `image`). Relative paths
    /// are read against the manifest's folder.
    public static func read(manifest path: String) throws -> [BatchInput] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw WorkerError(.badManifest, "\(path): cannot read the manifest")
        }
        let base = (absolute(path) as NSString).deletingLastPathComponent
        func resolve(_ item: String) -> String {
            item.hasPrefix("/") ? (item as NSString).standardizingPath : ((base as NSString).appendingPathComponent(item) as NSString).standardizingPath
        }
        var inputs: [BatchInput] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("{") {
                let value: JSONValue
                do { value = try OrderedJSONParser.parse(line) } catch {
                    throw WorkerError(.badManifest, "\(path):\(index + 1): \(error)")
                }
                guard case let .string(image)? = value["image"] else {
                    throw WorkerError(.badManifest, "\(path):\(index + 1): no \"image\" path")
                }
                var record: String?
                if case let .string(recordPath)? = value["record_path"] ?? value["record"] { record = resolve(recordPath) }
                inputs.append(BatchInput(image: resolve(image), record: record))
            } else {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if index == 0 && columns[0].lowercased() == "image" { continue }
                let record = columns.count > 1 && !columns[1].isEmpty ? resolve(columns[1]) : nil
                inputs.append(BatchInput(image: resolve(columns[0]), record: record))
            }
        }
        return inputs
    }

    /// `path` made absolute against the working folder, `.` and `..` removed.
    public static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }
}
