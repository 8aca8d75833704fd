import Foundation
import ScratchFolders

/// Paths of the package's own fixtures, found from this file's location.
enum FixturePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let records = root.appendingPathComponent("Fixtures/records").path
    static let seedRecord = root.appendingPathComponent("Fixtures/records/PMC9414313__membranes-12-00775-g005.md").path

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String { try ScratchFolder.make("records") }
}
