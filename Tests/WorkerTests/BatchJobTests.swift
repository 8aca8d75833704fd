import Foundation
import Testing
@testable import Worker

@Suite("Batch jobs")
struct BatchJobTests {
    /// A planned figure for `path`, with a digest so that equal digests group.
    func figure(_ path: String, digest: String) -> PlannedFigure {
        PlannedFigure(
            imagePath: path, imageSHA256: digest, recordPath: nil, recordSHA256: nil, warnings: [],
            identity: JobIdentity(imageSHA256: digest, record: "none", recipe: "fast/2", lexicon: "x", out: "/tmp", format: "no-timings")
        )
    }

    @Test("jobs run largest image file first, ties (and unreadable files) in input order")
    func groupingAndOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-job-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sizes = ["small.png": 10, "large.png": 300, "twin.png": 10, "medium.png": 100, "other-small.png": 10]
        for (name, size) in sizes { try Data(count: size).write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
        let names = ["small.png", "missing.png", "large.png", "twin.png", "medium.png", "other-small.png"]
        let jobs = names.enumerated().map { index, name in
            BatchJob(entries: [(id: Int64(index + 1), figure: figure("\(folder)/\(name)", digest: name))])
        }
        let ordered = BatchJob.largestFirst(jobs).map { ($0.image as NSString).lastPathComponent }
        #expect(ordered == ["large.png", "medium.png", "small.png", "twin.png", "other-small.png", "missing.png"])
    }
}
