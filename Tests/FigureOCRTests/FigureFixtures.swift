import Evidence
import Foundation

/// The drawn figures of `Fixtures/figures` with their labels and label boxes.
enum FigureFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a figure fixture.
    static func path(_ name: String) -> String {
        root.appendingPathComponent("Fixtures/figures/\(name)").path
    }

    /// Each drawn label with its ink box, from `<name>.boxes.tsv`.
    static func drawnBoxes(_ name: String) throws -> [(label: String, box: Box)] {
        let text = try String(contentsOfFile: path(name) + ".boxes.tsv", encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 5, let x = Int(fields[1]), let y = Int(fields[2]), let w = Int(fields[3]), let h = Int(fields[4]) else { return nil }
            return (fields[0], Box(x: x, y: y, width: w, height: h))
        }
    }
}
