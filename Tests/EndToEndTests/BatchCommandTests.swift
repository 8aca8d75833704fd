import Foundation
import Testing

/// `ocr-worker batch` and `status` end to end: idempotence, bad inputs, isolation of figures
/// that crash, hang or exhaust memory (through the debug-only `OCR_WORKER_TEST_FAULTS` hook),
/// and the lock between runs.
@Suite("ocr-worker batch", .serialized)
struct BatchCommandTests {
    static let baseArguments = ["batch", "--images", "images", "--records", "records", "--out", "out", "--jobs", "2", "--no-timings"]

    @Test("a second run does nothing; a changed image is redone; one image under two names is read once, both written")
    func idempotence() throws {
        let folder = try BatchFixtureFolder(figures: [
            "membranes-12-00775-g005.jpg": "membranes-12-00775-g005.jpg", "clean-line.png": "clean-line.png",
            "twin-of-clean-line.png": "clean-line.png", "small-type.jpg": "small-type.jpg",
        ])
        let first = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        #expect(try folder.summary()["done"] as? Int == 4)
        // Started before planning, one per lane (3 jobs: the twins are one).
        #expect(try folder.summary()["workers_started"] as? Int == 2)
        let outputs = folder.outputs()
        for figid in ["PMC9414313__membranes-12-00775-g005", "clean-line", "twin-of-clean-line", "small-type"] {
            #expect(outputs.contains("\(figid).json") && outputs.contains("\(figid).md") && outputs.contains("\(figid)-tokens.tsv"))
        }
        // Every figure has the same set of files (the .md, .json, -tokens.tsv and whatever
        // else the writers add), plus the summary.
        #expect(outputs.count == 1 + 4 * outputs.filter { $0.hasPrefix("small-type") }.count)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.root + "/out/clean-line.json"))

        let second = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("0 to read, 4 already done"))
        #expect(try folder.summary()["skipped"] as? Int == 4)
        #expect(try folder.summary()["done"] as? Int == 0)
        #expect(try folder.summary()["workers_started"] as? Int == 0)

        try FileManager.default.removeItem(atPath: folder.root + "/images/small-type.jpg")
        try FileManager.default.copyItem(atPath: Executable.fixture("figures/white-on-dark.png"), toPath: folder.root + "/images/small-type.jpg")
        let third = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try folder.summary()["done"] as? Int == 1)
        #expect(try folder.summary()["skipped"] as? Int == 3)
        // Every path was done before, so none started early; the plan's one job took one.
        #expect(try folder.summary()["workers_started"] as? Int == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.root + "/out/clean-line.json")) == before)
        #expect(try folder.status().counts["done"] == 4)
    }

    @Test("images whose names give one output name never overwrite each other's records, also when one arrives later")
    func sameStem() throws {
        let folder = try BatchFixtureFolder(figures: ["clean-line.png": "clean-line.png"])
        let first = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.root + "/out/clean-line.json"))

        // Sorted first, the newcomer still may not take the name the done figure's files have.
        try folder.addImage("clean-line.jpg", data: Data(contentsOf: URL(fileURLWithPath: Executable.fixture("figures/small-type.jpg"))))
        for sub in ["sub", "sub2"] {
            try FileManager.default.createDirectory(atPath: folder.root + "/images/\(sub)", withIntermediateDirectories: true)
            try folder.addImage("\(sub)/clean-line.png", data: Data(contentsOf: URL(fileURLWithPath: Executable.fixture("figures/white-on-dark.png"))))
        }
        let second = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(second.status == 4, "\(second.stderr)")
        let outputs = Set(folder.outputs())
        #expect(outputs.isSuperset(of: ["clean-line.json", "clean-line.jpg.json", "clean-line.png.json"]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.root + "/out/clean-line.json")) == before)
        let jpg = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.root + "/out/clean-line.jpg.json"))) as? [String: Any]
        #expect(((jpg?["figure"] as? [String: Any])?["path"] as? String)?.hasSuffix("/images/clean-line.jpg") == true)
        #expect(((jpg?["warnings"] as? [String]) ?? []).contains { $0.contains("this one's are clean-line.jpg") })
        // The third image with that file name has no name left: it fails, saying whose it is.
        let status = try folder.status()
        #expect(status.counts["done"] == 3)
        #expect(status.failures["clean-line.png"]?.code == "invalid-record")
        #expect(try Executable.run(["status", "--out", "out"], in: folder.root).stdout.contains("already"))
    }

    @Test("bad files are marked failed with their reason while the rest succeed")
    func badInputs() throws {
        let folder = try BatchFixtureFolder(figures: ["membranes-12-00775-g005.jpg": "membranes-12-00775-g005.jpg", "clean-line.png": "clean-line.png"])
        let jpeg = try Data(contentsOf: URL(fileURLWithPath: Executable.fixture("figures/small-type.jpg")))
        try folder.addImage("zero.jpg", data: Data())
        try folder.addImage("cut.jpg", data: jpeg.prefix(jpeg.count / 3))
        try folder.addImage("notes.png", data: Data("a caption, not a picture\n".utf8))
        let result = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(result.status == 4, "\(result.stderr)")
        let status = try folder.status()
        #expect(status.counts["done"] == 2)
        #expect(status.failures["zero.jpg"]?.code == "unreadable-image")
        #expect(status.failures["cut.jpg"]?.code == "unreadable-image")
        #expect(status.failures["notes.png"]?.code == "unreadable-image")
        #expect(try folder.summary()["failed"] as? Int == 3)
        #expect(!folder.outputs().contains { $0.hasPrefix("zero") || $0.hasPrefix("cut") || $0.hasPrefix("notes") })

        let strict = try Executable.run(Self.baseArguments.map { $0 == "out" ? "strict" : $0 } + ["--require-record"], in: folder.root)
        #expect(strict.status == 4)
        let strictStatus = try folder.status(out: "strict")
        #expect(strictStatus.failures["clean-line.png"]?.code == "invalid-record")
        #expect(strictStatus.counts["done"] == 1)
        #expect(folder.outputs(out: "strict").contains("PMC9414313__membranes-12-00775-g005.json"))
    }

    @Test("a figure that crashes, hangs or exhausts memory fails after --attempts; the rest go on")
    func isolation() throws {
        let folder = try BatchFixtureFolder(figures: [
            "clean-line.png": "clean-line.png", "crash.png": "white-on-dark.png",
            "hang.png": "boxed-labels.png", "oom.png": "vertical-label.png",
        ])
        let result = try Executable.run(
            Self.baseArguments + ["--timeout", "2", "--attempts", "2", "--max-memory", "600"], in: folder.root,
            environment: ["OCR_WORKER_TEST_FAULTS": "crash:crash.png,hang:hang.png,oom:oom.png"]
        )
        #expect(result.status == 4, "\(result.stderr)")
        let status = try folder.status()
        #expect(status.counts["done"] == 1)
        #expect(status.failures["crash.png"]?.code == "child-crashed")
        #expect(status.failures["hang.png"]?.code == "child-timed-out")
        #expect(status.failures["oom.png"]?.code == "child-out-of-memory")
        #expect(status.failures.values.allSatisfy { $0.attempts == 2 })
        #expect(folder.outputs().contains("clean-line.json"))
        let text = try Executable.run(["status", "--out", "out"], in: folder.root)
        #expect(text.stdout.contains("SIGABRT"))
        #expect(text.stdout.contains("not finished after 2 s"))

        // Without the faults, --retry-failed does them.
        let retry = try Executable.run(Self.baseArguments + ["--retry-failed"], in: folder.root)
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(try folder.status().counts["done"] == 4)
    }

    @Test("a second run on a held state exits at once with its code; a killed run's figures are taken back")
    func lock() throws {
        let folder = try BatchFixtureFolder(figures: ["clean-line.png": "clean-line.png", "hang.png": "boxed-labels.png"])
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: Executable.path)
        holder.arguments = Self.baseArguments + ["--timeout", "120"]
        holder.currentDirectoryURL = URL(fileURLWithPath: folder.root)
        var environment = ProcessInfo.processInfo.environment
        environment["OCR_WORKER_TEST_FAULTS"] = "hang:hang.png"
        holder.environment = environment
        holder.standardError = FileHandle.nullDevice
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        defer { if holder.isRunning { kill(holder.processIdentifier, SIGKILL) } }

        // Wait until the hanging figure is handed out.
        var running = false
        for _ in 0..<200 where !running {
            usleep(100_000)
            running = (try? folder.status().counts["running"]) ?? 0 >= 1
        }
        #expect(running)

        let started = Date()
        let second = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(second.status == 5)
        #expect(second.stderr.contains("another ocr-worker batch holds"))
        #expect(second.stderr.contains("--wait"))
        #expect(second.stdout.isEmpty)
        #expect(Date().timeIntervalSince(started) < 10)

        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let third = try Executable.run(Self.baseArguments, in: folder.root)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr.contains("took back"))
        #expect(try folder.status().counts["done"] == 2)
    }
}
