import Foundation

/// Finds the record of an image: an explicit record file, or a search of record folders (the
/// image's own folder, then `./records`, unless folders are given).
public struct RecordLocator: Sendable {
    /// Where a record was found, or that none was.
    public struct Located: Sendable {
        /// The parsed record (a minimal one when `path` is nil).
        public var record: Record
        /// The record file, or nil when no record was found.
        public var path: String?
        /// Things the reader should know about the lookup.
        public var warnings: [String]

        /// A located record from its parts (for records given inline, e.g. on a stage's input).
        public init(record: Record, path: String?, warnings: [String]) {
            self.record = record
            self.path = path
            self.warnings = warnings
        }
    }

    private let explicitRecord: String?
    private let folders: [String]?
    private var indexes: [String: RecordIndex] = [:]

    /// `explicitRecord` wins for every image; otherwise `folders` are searched in order, or, when
    /// nil, the image's folder and then `./records`.
    public init(explicitRecord: String? = nil, folders: [String]? = nil) {
        self.explicitRecord = explicitRecord
        self.folders = folders
    }

    /// The record for the image at `imagePath`; with `required`, no record is an error
    /// (`notFound`), otherwise a minimal record with a warning.
    public mutating func locate(imagePath: String, required: Bool) throws -> Located {
        let imageName = (imagePath as NSString).lastPathComponent
        if let explicitRecord {
            return Located(record: try RecordParser.parse(fileAt: explicitRecord), path: explicitRecord, warnings: [])
        }
        let searched = folders ?? [(imagePath as NSString).deletingLastPathComponent, "records"].map { $0.isEmpty ? "." : $0 }
        for folder in searched {
            let candidates = index(of: folder).candidates(forImageNamed: imageName)
            guard let path = candidates.first else { continue }
            var warnings: [String] = []
            if candidates.count > 1 {
                warnings.append("several records name \(imageName) in \(folder); used \(path), ignored \(candidates.dropFirst().joined(separator: ", "))")
            }
            return Located(record: try RecordParser.parse(fileAt: path), path: path, warnings: warnings)
        }
        let searchedList = searched.joined(separator: ", ")
        if required {
            throw RecordError(.notFound, "\(imagePath): no record found (searched \(searchedList) for a .md whose filename is \(imageName))")
        }
        return Located(
            record: .minimal(forImageNamed: imageName), path: nil,
            warnings: ["no record found for \(imageName) (searched \(searchedList)); wrote a minimal record"]
        )
    }

    private mutating func index(of folder: String) -> RecordIndex {
        let key = (folder as NSString).standardizingPath
        if let index = indexes[key] { return index }
        let index = RecordIndex(folder: folder)
        indexes[key] = index
        return index
    }
}
