import Foundation

/// A temporary folder laid out for `batch` and `stage` tests: `images/` with fixture figures
/// copied under chosen names, `records/` with the seed record, and helpers to read results.
struct BatchFixtureFolder {
    /// The folder.
    let root: String

    /// A new folder with `figures` (target name -> fixture name in Fixtures/figures) copied in.
    init(figures: [String: String]) throws {
        root = try Executable.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/images", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/records", withIntermediateDirectories: true)
        for (name, fixture) in figures {
            try manager.copyItem(atPath: Executable.fixture("figures/\(fixture)"), toPath: root + "/images/\(name)")
        }
        try manager.copyItem(
            atPath: Executable.fixture("records/PMC9414313__membranes-12-00775-g005.md"),
            toPath: root + "/records/PMC9414313__membranes-12-00775-g005.md"
        )
    }

    /// Writes `data` to `images/<name>`.
    func addImage(_ name: String, data: Data) throws {
        try data.write(to: URL(fileURLWithPath: root + "/images/\(name)"))
    }

    /// The batch summary JSON of `out`.
    func summary(out: String = "out") throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/\(out)/batch-summary.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// `ocr-worker status --json` for `out`: counts and failures by image file name.
    func status(out: String = "out") throws -> (counts: [String: Int], failures: [String: (code: String, attempts: Int)]) {
        let result = try Executable.run(["status", "--out", out, "--json"], in: root)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        var counts: [String: Int] = [:]
        for key in ["pending", "running", "done", "failed"] { counts[key] = object[key] as? Int ?? -1 }
        var failures: [String: (String, Int)] = [:]
        for item in object["failures"] as? [[String: Any]] ?? [] {
            let name = ((item["image"] as? String ?? "") as NSString).lastPathComponent
            failures[name] = (item["code"] as? String ?? "", item["attempts"] as? Int ?? 0)
        }
        return (counts, failures)
    }

    /// The output files of `out` (no hidden files), sorted.
    func outputs(out: String = "out") -> [String] {
        Executable.files(in: root + "/\(out)").filter { !$0.hasPrefix(".") && !$0.contains("/.") }
    }
}
