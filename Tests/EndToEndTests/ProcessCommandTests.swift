import Foundation
import Testing

@Suite("ocr-worker process, end to end")
struct ProcessCommandTests {
    let seedImage = Executable.fixture("figures/membranes-12-00775-g005.jpg")
    let records = Executable.fixture("records")
    let figid = "PMC9414313__membranes-12-00775-g005"

    @Test("the seed figure gives .md, .json, -tokens.tsv and -genes.tsv; the front matter keeps every seed field")
    func seed() throws {
        let folder = try Executable.temporaryFolder()
        let result = try Executable.run(["process", seedImage, "--records", records], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Executable.files(in: folder + "/enriched") == ["\(figid)-genes.tsv", "\(figid)-tokens.tsv", "\(figid).json", "\(figid).md"])
        #expect(result.stdout.split(separator: "\n").map { ($0 as Substring).hasPrefix("enriched/") } == [true, true, true, true])

        let seedText = try String(contentsOfFile: records + "/\(figid).md", encoding: .utf8)
        let seedFrontMatter = seedText.components(separatedBy: "\n---\n")[0]
        let enriched = try String(contentsOfFile: folder + "/enriched/\(figid).md", encoding: .utf8)
        #expect(enriched.hasPrefix(seedFrontMatter + "\nocr:\n"))
        #expect(enriched.contains("\n  recipe: figure/"))
        #expect(enriched.contains("\n  token_count: "))

        let tsv = try String(contentsOfFile: folder + "/enriched/\(figid)-tokens.tsv", encoding: .utf8)
        let rows = tsv.split(separator: "\n")
        #expect(rows.first == "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\tpass\traw")
        #expect(rows.count > 10)
        // The drawn stand-in holds these words; plain Tesseract reads them (see Fixtures/README.md).
        let words = Set(rows.dropFirst().map { $0.split(separator: "\t")[11] })
        #expect(words.isSuperset(of: ["FAK/MMP", "Exosome", "intravenous", "injection", "uptake"]))

        // FAK is an alias of PTK2, and the record's keywords name Fak: a confirmed gene.
        let genes = try String(contentsOfFile: folder + "/enriched/\(figid)-genes.tsv", encoding: .utf8).split(separator: "\n")
        #expect(genes.first == "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match")
        // One row per word form that named PTK2; the whole label is one of them.
        let ptk2 = genes.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }.filter { $0.count == 11 && $0[5] == "PTK2" }
        #expect(!ptk2.isEmpty && ptk2.allSatisfy { [$0[0], $0[1], $0[2], $0[4], $0[6], $0[7]] == ["9606", "Homo sapiens", "Primates", "FAK", "5747", "alias"] })
        #expect(ptk2.contains { $0[3] == "FAK/MMP" })
        #expect(enriched.contains("  - symbol: PTK2\n    ncbigene_id: '5747'\n    status: confirmed\n"))
        #expect(enriched.contains("\n  organisms_ner:\n  - Homo sapiens\n"))
    }

    @Test("images that would share an output name get files of their own; one with no name left fails")
    func sameStem() throws {
        let folder = try Executable.temporaryFolder()
        let manager = FileManager.default
        for sub in ["a", "b"] { try manager.createDirectory(atPath: folder + "/\(sub)", withIntermediateDirectories: true) }
        try manager.copyItem(atPath: Executable.fixture("figures/clean-line.png"), toPath: folder + "/fig.png")
        try manager.copyItem(atPath: Executable.fixture("figures/small-type.jpg"), toPath: folder + "/fig.jpg")
        try manager.copyItem(atPath: Executable.fixture("figures/white-on-dark.png"), toPath: folder + "/a/fig.png")
        try manager.copyItem(atPath: Executable.fixture("figures/boxed-labels.png"), toPath: folder + "/b/fig.png")
        let result = try Executable.run(["process", "fig.png", "fig.jpg", "a/fig.png", "b/fig.png", "--recipe", "fast", "--no-genes"], in: folder)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("this one's are fig.jpg"))
        #expect(result.stderr.contains("b/fig.png: the output name fig is already fig.png's"))
        let files = Set(Executable.files(in: folder + "/enriched"))
        #expect(files.isSuperset(of: ["fig.json", "fig.jpg.json", "fig.png.json"]))
        #expect(files.filter { $0.hasSuffix(".json") }.count == 3)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/enriched/fig.json"))) as? [String: Any]
        #expect(((json?["figure"] as? [String: Any])?["path"] as? String) == "fig.png")
    }

    @Test("--json prints one parseable object with the contract keys and nothing else")
    func jsonContract() throws {
        let folder = try Executable.temporaryFolder()
        let result = try Executable.run(["process", seedImage, "--records", records, "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["record", "figure", "ocr", "genes", "gene_status", "organisms_ner", "lexicon", "matcher", "warnings"])
        let record = try #require(object["record"] as? [String: Any])
        #expect(record["figid"] as? String == figid)
        #expect(record["year"] as? String == "2022")
        #expect((record["schema-jsonld"] as? [String: Any])?["@type"] as? String == "Dataset")
        let figure = try #require(object["figure"] as? [String: Any])
        #expect(figure["width"] as? Int == 900 && figure["height"] as? Int == 600)
        #expect((figure["sha256"] as? String)?.count == 64)
        let ocr = try #require(object["ocr"] as? [String: Any])
        for key in ["engine", "model", "recipe", "seconds", "step_seconds", "text", "tokens"] { #expect(ocr[key] != nil, "ocr.\(key)") }
        // Each step's seconds, in the order they ran, within the reading's.
        let lineText = String(lines[0])
        let stepNames = ["prepare"] + ["sparse", "vertical", "boxes", "unread", "reread"]
        let positions = stepNames.compactMap { lineText.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == stepNames.count && positions == positions.sorted(), "\(lineText.prefix(400))")
        let steps = try #require(ocr["step_seconds"] as? [String: NSNumber])
        #expect(Set(steps.keys) == Set(stepNames))
        #expect(steps.values.allSatisfy { $0.doubleValue >= 0 })
        #expect(steps.values.reduce(0) { $0 + $1.doubleValue } <= ((ocr["seconds"] as? NSNumber)?.doubleValue ?? 0) + 0.01)
        let tokens = try #require(ocr["tokens"] as? [[String: Any]])
        #expect(!tokens.isEmpty)
        for token in tokens {
            let box = try #require(token["bbox"] as? [Int])
            #expect(box.count == 4 && box[0] >= 0 && box[1] >= 0 && box[0] + box[2] <= 900 && box[1] + box[3] <= 600)
            #expect(token["text"] is String && token["confidence"] is NSNumber && (token["pass"] as? String)?.isEmpty == false)
        }
        let genes = try #require(object["genes"] as? [[String: Any]])
        let ptk2 = try #require(genes.first { $0["symbol"] as? String == "PTK2" })
        #expect(ptk2["ncbigene_id"] as? String == "5747" && ptk2["source"] as? String == "alias" && ptk2["status"] as? String == "confirmed")
        #expect((ptk2["bbox"] as? [Int])?.count == 4 && ptk2["confidence"] is NSNumber)
        let statuses = try #require(object["gene_status"] as? [[String: Any]])
        #expect(statuses.contains { $0["symbol"] as? String == "PTK2" && $0["status"] as? String == "confirmed" && $0["in_keywords"] as? Bool == true })
        #expect((object["lexicon"] as? [[String: Any]])?.map { $0["name"] as? String } == ["ncbi-gene", "famplex"])
        let matcher = try #require(object["matcher"] as? [String: Any])
        #expect((matcher["revision"] as? Int ?? 0) >= 8)
        #expect((matcher["rules"] as? String)?.wholeMatch(of: /sha256:[0-9a-f]{64}/) != nil)
        #expect((object["warnings"] as? [Any])?.isEmpty == true)
        // The files are written too, and the file holds the same object.
        let file = try Data(contentsOf: URL(fileURLWithPath: folder + "/enriched/\(figid).json"))
        let fromFile = try #require(try JSONSerialization.jsonObject(with: file) as? NSDictionary)
        #expect(fromFile == (object as NSDictionary))
    }

    @Test("two runs with --no-timings write byte-identical files")
    func deterministic() throws {
        let folder = try Executable.temporaryFolder()
        var outputs: [[Data]] = []
        for run in 1...2 {
            let result = try Executable.run(
                ["process", seedImage, Executable.fixture("figures/white-on-dark.png"), "--records", records, "--no-timings", "--out", "run\(run)"],
                in: folder
            )
            #expect(result.status == 0, "\(result.stderr)")
            let names = Executable.files(in: folder + "/run\(run)")
            #expect(names.count == 8)
            outputs.append(try names.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/run\(run)/" + $0)) })
        }
        #expect(outputs[0] == outputs[1])
        let json = String(decoding: outputs[0][1], as: UTF8.self)
        #expect(!json.contains("\"seconds\"") && !json.contains("\"step_seconds\""))
    }

    @Test("an image without a record gets a minimal record and a warning, or fails with --require-record")
    func noRecord() throws {
        let folder = try Executable.temporaryFolder()
        let image = Executable.fixture("figures/clean-line.png")
        let result = try Executable.run(["process", image, "--records", folder, "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: ") && result.stderr.contains("no record found"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["record"] as? [String: Any])?["figid"] as? String == "clean-line")
        #expect((object["warnings"] as? [String])?.count == 1)
        #expect((object["ocr"] as? [String: Any])?["text"] as? String == "MAPK1 phosphorylates ELK1 and RPS6KA1")

        let required = try Executable.run(["process", image, "--records", folder, "--require-record", "--out", "strict"], in: folder)
        #expect(required.status == 65)
        #expect(required.stderr.contains("no record found"))
        #expect(Executable.files(in: folder + "/strict").isEmpty)
    }

    @Test("the executable sets OMP_THREAD_LIMIT=1 for itself when it is missing, and respects a user's value")
    func threadLimit() throws {
        let folder = try Executable.temporaryFolder()
        let unset = try Executable.run(["doctor"], in: folder, environment: ["OMP_THREAD_LIMIT": nil])
        #expect(unset.stdout.contains("ok   OMP_THREAD_LIMIT: 1"), "\(unset.stdout)")
        #expect(unset.stdout.contains("ok   OpenMP: Tesseract's parallel regions run serially"), "\(unset.stdout)")
        let user = try Executable.run(["doctor"], in: folder, environment: ["OMP_THREAD_LIMIT": "2"])
        #expect(user.stdout.contains("FAIL OMP_THREAD_LIMIT: 2"))
        #expect(user.stdout.contains("FAIL OpenMP: libgomp's teams"))
        #expect(user.status == 0)
    }

    @Test("Tesseract's OpenMP regions run serially by default and read what libgomp's teams read")
    func serialRegions() throws {
        let folder = try Executable.temporaryFolder()
        let image = Executable.fixture("figures/white-on-dark.png")
        var tokens: [String: String] = [:]
        for limit in [nil, "2"] {
            let out = "out-\(limit ?? "unset")"
            let run = try Executable.run(["process", image, "--no-timings", "--no-genes", "--out", out, "-v"], in: folder,
                                         environment: ["OMP_THREAD_LIMIT": limit])
            #expect(run.status == 0, "\(run.stderr)")
            let serial = run.stderr.split(separator: "\n").first { $0.contains("OpenMP: ") && $0.hasSuffix(" regions run serially") }
            if limit == nil {
                // Every LSTM time step is one region: a figure's worth is thousands.
                let count = serial.flatMap { Int($0.split(separator: " ").dropLast(3).last ?? "") } ?? 0
                #expect(count > 100, "\(run.stderr)")
            } else {
                #expect(serial == nil, "\(run.stderr)")
            }
            tokens[out] = try String(contentsOfFile: "\(folder)/\(out)/white-on-dark-tokens.tsv", encoding: .utf8)
        }
        #expect(tokens["out-unset"] == tokens["out-2"])
        #expect(tokens["out-unset"]?.contains("STAT3") == true)
    }

    /// The count in `process -v`'s line `NAME: COUNT SUFFIX`, or nil when there is no such line.
    private static func verboseCount(in stderr: String, _ name: String, _ suffix: String) -> Int? {
        stderr.split(separator: "\n").first { $0.contains("\(name): ") && $0.hasSuffix(suffix) }
            .flatMap { Int($0.dropLast(suffix.count).split(separator: " ").last ?? "") }
    }

    @Test("Tesseract's in-memory PNG copies of what it recognises go through the executable's pixWriteMem")
    func lineImagesStored() throws {
        let folder = try Executable.temporaryFolder()
        let run = try Executable.run(["process", Executable.fixture("figures/clean-line.png"), "--no-genes", "--out", "out", "-v"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // One copy for each word or line the LSTM reads: a figure's worth is at least one.
        let count = Self.verboseCount(in: run.stderr, "line images", " stored as uncompressed PNG") ?? 0
        #expect(count > 0, "\(run.stderr)")
        let doctor = try Executable.run(["doctor"], in: folder)
        #expect(doctor.stdout.contains("ok   line images: Tesseract's in-memory PNG copies are stored uncompressed"), "\(doctor.stdout)")
    }

    @Test("paragraph detection is skipped in sparse mode, whose blocks are single lines, and on reread crops, and run in a page mode")
    func paragraphSkip() throws {
        let folder = try Executable.temporaryFolder()
        let image = Executable.fixture("figures/boxed-labels.png")
        func skipped(_ stderr: String) -> Int? {
            Self.verboseCount(in: stderr, "paragraphs", " detections skipped (single-line blocks, reread crops)")
        }
        let sparse = try Executable.run(["process", image, "--no-genes", "--no-timings", "--recipe", "fast", "--out", "sparse", "-v"], in: folder)
        #expect(sparse.status == 0, "\(sparse.stderr)")
        // One recognition, one detection skipped.
        #expect(skipped(sparse.stderr) == 1, "\(sparse.stderr)")
        let page = try Executable.run(["process", image, "--no-genes", "--no-timings", "--recipe", "fast", "--psm", "3", "--out", "page", "-v"], in: folder)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(skipped(page.stderr) == 0, "\(page.stderr)")
        // The reread pass's page of crops has no use for paragraphs in any mode: with every pass
        // in page mode 6, its one recognition is the one detection skipped.
        let journal = Executable.fixture("figures/membranes-12-00775-g005.jpg")
        let figure = try Executable.run(["process", journal, "--no-timings", "--psm", "6", "--out", "figure", "-v"], in: folder)
        #expect(figure.status == 0, "\(figure.stderr)")
        #expect(skipped(figure.stderr) == 1, "\(figure.stderr)")
        // What the skip rests on: in sparse mode every block is one line, so every word is in
        // paragraph 1, line 1 of its block, as detection would have numbered it.
        let rows = try String(contentsOfFile: "\(folder)/sparse/boxed-labels-tokens.tsv", encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count > 3)
        #expect(Set(rows.map { $0[2] }).count > 3, "several blocks")
        #expect(rows.allSatisfy { $0[3] == "1" && $0[4] == "1" }, "\(rows)")
        let doctor = try Executable.run(["doctor"], in: folder)
        #expect(doctor.stdout.contains("ok   paragraphs: detection skipped where every block is one line"), "\(doctor.stdout)")
    }

    @Test("Tesseract's thresholding, image of thresholds, projection blur and mask pixel counts are the executable's")
    func pageImageSteps() throws {
        let folder = try Executable.temporaryFolder()
        let image = Executable.fixture("figures/boxed-labels.png")
        let run = try Executable.run(["process", image, "--no-genes", "--no-timings", "--recipe", "fast", "--out", "out", "-v"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // "page images: 1 thresholded here, 1 images of thresholds kept small, 1 blurred ..., N
        // boxes' mask pixels counted in place": the fast recipe's one recognition of a grey page
        // takes the first three steps once and counts pixels for every partition's neighbours,
        // each done here, not handed back to libtesseract or Leptonica.
        let line = run.stderr.split(separator: "\n").first { $0.contains("page images: ") }
        let counts = line.map { $0.split(separator: " ").compactMap { Int($0) } } ?? []
        #expect(counts.count == 4 && counts.prefix(3) == [1, 1, 1] && counts[3] > 0, "\(run.stderr)")
        let doctor = try Executable.run(["doctor"], in: folder)
        #expect(doctor.stdout.contains("ok   page images: thresholded 32 pixels a step"), "\(doctor.stdout)")
    }

    @Test("Tesseract's line search is skipped on the figure recipe's views, whose lines are erased, and only there")
    func lineFindingSkip() throws {
        let folder = try Executable.temporaryFolder()
        let image = Executable.fixture("figures/boxed-labels.png")
        func skipped(_ recipe: String) throws -> Int? {
            let run = try Executable.run(["process", image, "--no-genes", "--no-timings", "--recipe", recipe, "--out", "out", "-v"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            return Self.verboseCount(in: run.stderr, "line finding", " searches skipped (lines erased by the recipe)")
        }
        // The fast recipe reads the grey figure, lines and all; without its `lines` step the
        // figure recipe's views keep their lines too.
        #expect(try skipped("fast") == 0)
        #expect(try skipped("figure~lines") == 0)
        // The boxed fixture takes at least the sparse pass over the prepared figure and the
        // box interiors' montage, each one search skipped.
        #expect(try skipped("figure").map { $0 >= 2 } == true)
        let doctor = try Executable.run(["doctor"], in: folder)
        #expect(doctor.stdout.contains("ok   line finding: skipped on views whose lines the recipe erased"), "\(doctor.stdout)")
    }

    @Test("the engine starts without the legacy engine's table of universal ambiguities")
    func ambiguitySkip() throws {
        let folder = try Executable.temporaryFolder()
        let image = Executable.fixture("figures/boxed-labels.png")
        let run = try Executable.run(["process", image, "--no-genes", "--no-timings", "--recipe", "fast", "--out", "out", "-v"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // One engine, one start, and its load of the table skipped.
        #expect(Self.verboseCount(in: run.stderr, "ambiguities", " engine starts without the universal table (legacy engine only)") == 1, "\(run.stderr)")
        let doctor = try Executable.run(["doctor"], in: folder)
        #expect(doctor.stdout.contains("ok   ambiguities: engines start without the legacy engine's universal table"), "\(doctor.stdout)")
    }

    @Test("several images: the good ones are written, a bad one fails, exit code 3")
    func partialFailure() throws {
        let folder = try Executable.temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/empty.jpg", contents: Data())
        let result = try Executable.run(["process", Executable.fixture("figures/clean-line.png"), "empty.jpg", "--records", folder], in: folder)
        #expect(result.status == 3)
        #expect(Executable.files(in: folder + "/enriched") == ["clean-line-genes.tsv", "clean-line-tokens.tsv", "clean-line.json", "clean-line.md"])
        #expect(result.stderr.contains("empty.jpg: the file is empty"))
    }
}

@Suite("ocr-worker match, end to end")
struct MatchCommandTests {
    @Test("--text gives one JSON line with the gene objects of the enriched record")
    func text() throws {
        let folder = try Executable.temporaryFolder()
        let result = try Executable.run(["match", "--text", "GSK-3β phosphorylates MAPKl"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let genes = try #require(object["genes"] as? [[String: Any]])
        #expect(genes.map { $0["symbol"] as? String } == ["GSK3B", "MAPK1"])
        #expect(genes.map { $0["source"] as? String } == ["symbol", "corrected"])
        #expect(genes[0]["bbox"] is NSNull)
    }

    @Test("stdin lines: plain text and JSON objects with ids, one answer per line in order")
    func lines() throws {
        let folder = try Executable.temporaryFolder()
        let input = "{\"id\": 7, \"text\": \"TP53\"}\nno genes here\n{\"id\": \"b\", \"text\": \"ERK1/2\"}\n"
        try input.write(toFile: folder + "/in.ndjson", atomically: true, encoding: .utf8)
        let result = try Executable.run(["match", "in.ndjson"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let answers = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(answers.count == 3)
        #expect(answers[0]["id"] as? Int == 7)
        #expect((answers[0]["genes"] as? [[String: Any]])?.first?["ncbigene_id"] as? String == "7157")
        #expect(answers[1]["id"] == nil && (answers[1]["genes"] as? [Any])?.isEmpty == true)
        #expect(answers[2]["id"] as? String == "b")
        #expect(Set((answers[2]["genes"] as? [[String: Any]])?.compactMap { $0["symbol"] as? String } ?? []) == ["MAPK3", "MAPK1"])
    }

    @Test("a saved -tokens.tsv is matched with boxes, and a missing file is a clear error")
    func tokens() throws {
        let folder = try Executable.temporaryFolder()
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\tpass\n"
            + "5\t1\t1\t1\t1\t1\t10\t20\t40\t12\t91\tNF\tsparse\n5\t1\t1\t1\t1\t2\t55\t20\t20\t12\t88\tkB\tsparse\n"
        try tsv.write(toFile: folder + "/f-tokens.tsv", atomically: true, encoding: .utf8)
        let result = try Executable.run(["match", "--tokens", "f-tokens.tsv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let genes = try #require(object["genes"] as? [[String: Any]])
        #expect(!genes.isEmpty && genes.allSatisfy { $0["word"] as? String == "NF kB" && ($0["bbox"] as? [Int]) == [10, 20, 65, 12] })
        let missing = try Executable.run(["match", "--tokens", "nope.tsv"], in: folder)
        #expect(missing.status == 66 && missing.stderr.contains("nope.tsv"))
    }
}
