import Foundation
import Testing

/// Every bad input gets one clear error line naming the file, its documented exit code, and no
/// output files.
@Suite("ocr-worker process, bad input")
struct BadInputTests {
    /// One bad-input case: how to make it, what to run, what must come back.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let status: Int32
        let message: String
        let prepare: @Sendable (String) throws -> [String]
        var testDescription: String { name }
    }

    static let jpeg = Executable.fixture("figures/membranes-12-00775-g005.jpg")
    static let png = Executable.fixture("figures/clean-line.png")

    static func record(_ front: String, in folder: String) throws -> String {
        let path = folder + "/record.md"
        try front.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let cases: [Case] = [
        Case(name: "missing file", status: 66, message: "missing.jpg: no such file") { _ in ["process", "missing.jpg"] },
        Case(name: "zero-byte file", status: 66, message: "zero.jpg: the file is empty") { folder in
            _ = FileManager.default.createFile(atPath: folder + "/zero.jpg", contents: Data())
            return ["process", "zero.jpg"]
        },
        Case(name: "truncated JPEG", status: 66, message: "cut.jpg: the image data cannot be decoded") { folder in
            let data = try Data(contentsOf: URL(fileURLWithPath: jpeg))
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: folder + "/cut.jpg"))
            return ["process", "cut.jpg"]
        },
        Case(name: "text file named .jpg", status: 66, message: "notes.jpg: not a readable image") { folder in
            try "figure legend, not a picture\n".write(toFile: folder + "/notes.jpg", atomically: true, encoding: .utf8)
            return ["process", "notes.jpg"]
        },
        Case(name: "a folder named .jpg", status: 66, message: "dir.jpg: is a folder") { folder in
            try FileManager.default.createDirectory(atPath: folder + "/dir.jpg", withIntermediateDirectories: true)
            return ["process", "dir.jpg"]
        },
        Case(name: "image over the size limit", status: 66, message: "over the limit of 100000 pixels") { _ in
            ["process", png, "--max-pixels", "100000"]
        },
        Case(name: "record with malformed YAML", status: 65, message: "record.md: malformed YAML front matter") { folder in
            ["process", png, "--record", try record("---\nfigid: [oops\n---\n", in: folder)]
        },
        Case(name: "record without front matter", status: 65, message: "record.md: no YAML front matter") { folder in
            ["process", png, "--record", try record("# just markdown\n", in: folder)]
        },
        Case(name: "figid that climbs out of --out", status: 65, message: "figid '../escape' contains a path separator") { folder in
            ["process", png, "--record", try record("---\nfigid: ../escape\nfilename: clean-line.png\n---\n", in: folder)]
        },
        Case(name: "absolute figid", status: 65, message: "figid '/tmp/abs' is an absolute path") { folder in
            ["process", png, "--record", try record("---\nfigid: /tmp/abs\n---\n", in: folder)]
        },
        Case(name: "filename with a folder part", status: 65, message: "filename '../../x.png' contains a path separator") { folder in
            ["process", png, "--record", try record("---\nfigid: ok\nfilename: ../../x.png\n---\n", in: folder)]
        },
        Case(name: "unknown language", status: 69, message: "xyz.traineddata does not exist") { _ in ["process", png, "--lang", "xyz"] },
        Case(name: "output folder not writable", status: 73, message: "cannot create the output folder") { folder in
            try "a file, not a folder".write(toFile: folder + "/blocked", atomically: true, encoding: .utf8)
            return ["process", png, "--out", "blocked/enriched"]
        },
        Case(name: "recognition deadline", status: 75, message: "passed its deadline") { _ in
            ["process", Executable.fixture("figures/boxed-labels.png"), "--deadline", "0.001"]
        },
        Case(name: "--record with several images", status: 64, message: "--record names the record of one image") { _ in
            ["process", png, png, "--record", "x.md"]
        },
        Case(name: "unsupported --psm", status: 64, message: "--psm 2 is not supported") { _ in ["process", png, "--psm", "2"] },
    ]

    @Test("bad input: exit code, one error line naming the file, no output", arguments: cases)
    func badInput(_ badCase: Case) throws {
        let folder = try Executable.temporaryFolder()
        let arguments = try badCase.prepare(folder)
        let before = Set(Executable.files(in: folder))
        let result = try Executable.run(arguments, in: folder)
        #expect(result.status == badCase.status, "\(result.stderr)")
        #expect(result.stderr.contains(badCase.message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.contains("error") || $0.contains("Error") }
        #expect(errorLines.count == 1, "\(result.stderr)")
        #expect(Set(Executable.files(in: folder)) == before, "files were written")
    }
}
