import Foundation

/// The package's drawn fixtures and their ground truth.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a figure fixture.
    static func figure(_ name: String) -> String {
        root.appendingPathComponent("Fixtures/figures/\(name)").path
    }

    /// The labels drawn in a figure fixture, from its `.txt` sidecar.
    static func labels(_ name: String) throws -> [String] {
        try String(contentsOfFile: figure(name) + ".txt", encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
