import Evidence
import Foundation
@testable import Records
import Testing

@Suite("Enriched record writers")
struct EnrichedWritersTests {
    private func sample(record: Record) -> EnrichedRecord {
        let tokens = [
            Token(text: "FAK/MMP", confidence: 91.5, box: Box(x: 10, y: 20, width: 60, height: 12),
                  layout: WordLayout(block: 1, paragraph: 1, line: 1, word: 1), pass: "sparse"),
            Token(text: "ROS", confidence: 80, box: Box(x: 80, y: 20, width: 30, height: 12),
                  layout: WordLayout(block: 1, paragraph: 1, line: 1, word: 2), pass: "sparse"),
            Token(text: "PTX\t\"x\"", confidence: 50.25, box: Box(x: 5, y: 50, width: 30, height: 12),
                  layout: WordLayout(block: 2, paragraph: 1, line: 1, word: 1), pass: "sparse"),
        ]
        return EnrichedRecord(
            record: record, figid: record.figid ?? "f",
            figure: FigureFacts(path: "f.jpg", sha256: "ab", width: 900, height: 600, bytes: 123),
            ocr: OCRRun(engine: "tesseract 5.3.0", model: "eng x", recipe: "fast/1", seconds: 0.1234,
                        steps: [StepTime(step: "prepare", seconds: 0.01), StepTime(step: "sparse", seconds: 0.1001)], tokens: tokens),
            genes: [GeneMention(word: "FAK/MMP", match: "FAK", symbol: "PTK2", ncbigeneID: "5747", organism: "Homo sapiens",
                                taxID: 9606, source: .alias, transforms: ["split-slash"], box: tokens[0].box, confidence: 91.5, pass: "sparse")],
            geneSummary: [
                GeneSummary(symbol: "PTK2", ncbigeneID: "5747", organism: "Homo sapiens", status: .confirmed,
                            figureWords: ["FAK/MMP"], inKeywords: true, inCaption: false),
                GeneSummary(symbol: "PITX1", ncbigeneID: "5307", organism: "Homo sapiens", status: .recordOnly,
                            figureWords: [], inKeywords: true, inCaption: false),
            ],
            organismsNER: ["Homo sapiens"],
            lexicon: [LexiconProvenance(name: "ncbi-gene", version: "v", date: "2022-09-12", checksum: "sha256:00")],
            matcher: MatcherProvenance(revision: 8, rules: "sha256:01"),
            warnings: ["a warning"]
        )
    }

    @Test("markdown keeps the original front matter byte for byte and adds an ocr block")
    func markdownKeepsOriginal() throws {
        let original = try String(contentsOfFile: FixturePaths.seedRecord, encoding: .utf8)
        let record = try RecordParser.parse(original, source: "seed")
        let text = try EnrichedMarkdown.text(sample(record: record))
        let closing = try #require(original.range(of: "\n---\n", range: original.index(after: original.startIndex)..<original.endIndex))
        #expect(text.hasPrefix(String(original[..<closing.lowerBound]) + "\nocr:\n"))
        let reread = try RecordParser.parse(text, source: "enriched")
        #expect(Array(reread.fields.dropLast()) == record.fields)
        let ocr = try #require(reread["ocr"])
        #expect(ocr["recipe"]?.text == "fast/1")
        #expect(ocr["token_count"]?.text == "3")
        #expect(ocr["text"]?.text == "FAK/MMP ROS\nPTX\t\"x\"")
        #expect(ocr["image"]?["sha256"]?.text == "ab")
        let plain = { (text: String) in RecordValue.scalar(RecordScalar(text: text, style: .plain, kind: .string)) }
        #expect(ocr["genes"] == .sequence([
            .mapping([
                RecordField(key: "symbol", value: plain("PTK2")),
                RecordField(key: "ncbigene_id", value: .scalar(RecordScalar(text: "5747", style: .singleQuoted, kind: .string))),
                RecordField(key: "status", value: plain("confirmed")),
                RecordField(key: "words", value: .sequence([plain("FAK/MMP")])),
            ]),
            .mapping([
                RecordField(key: "symbol", value: plain("PITX1")),
                RecordField(key: "ncbigene_id", value: .scalar(RecordScalar(text: "5307", style: .singleQuoted, kind: .string))),
                RecordField(key: "status", value: plain("record_only")),
            ]),
        ]))
        #expect(ocr["organisms_ner"] == .sequence([plain("Homo sapiens")]))
        #expect(ocr["lexicon"]?.sequenceCount == 1)
        #expect(ocr["matcher"]?.text == "revision 8, rules sha256:01")
        var unmatched = sample(record: record)
        unmatched.matcher = nil
        #expect(try RecordParser.parse(EnrichedMarkdown.text(unmatched), source: "enriched")["ocr"]?["matcher"] == nil)
    }

    @Test("re-enriching a record replaces its ocr block instead of adding a second")
    func reenrich() throws {
        let record = try RecordParser.parse("---\nfigid: f\nocr:\n  old: 1\n---\nbody\n", source: "r")
        let text = try EnrichedMarkdown.text(sample(record: record))
        #expect(text.components(separatedBy: "\nocr:").count == 2)
        let reread = try RecordParser.parse(text, source: "r")
        #expect(reread["ocr"]?["old"] == nil)
        #expect(reread.body == "body\n")
    }

    @Test("JSON has the contract keys in order, and timings can be left out")
    func jsonContract() throws {
        let record = try RecordParser.parse(fileAt: FixturePaths.seedRecord)
        var enriched = sample(record: record)
        let json = EnrichedJSON.value(enriched)
        guard case let .object(pairs) = json else { Issue.record("not an object"); return }
        #expect(pairs.map(\.0) == ["record", "figure", "ocr", "genes", "gene_status", "organisms_ner", "lexicon", "matcher", "warnings"])
        #expect(json["matcher"] == .object([("revision", .number("8")), ("rules", .string("sha256:01"))]))
        #expect(json["genes"] == .array([EnrichedJSON.gene(enriched.genes[0], status: .confirmed)]))
        #expect(json["gene_status"]?.arrayCount == 2)
        #expect(json["organisms_ner"] == .array([.string("Homo sapiens")]))
        #expect(json["ocr"]?["seconds"] == .number("0.123"))
        #expect(json["ocr"]?["tokens"] == .array(enriched.ocr.tokens.map(EnrichedJSON.token)))
        #expect(EnrichedJSON.token(enriched.ocr.tokens[0]) == .object([
            ("text", .string("FAK/MMP")), ("confidence", .number("91.5")), ("bbox", .array([.number("10"), .number("20"), .number("60"), .number("12")])), ("pass", .string("sparse")),
        ]))
        #expect(json["genes"]?.arrayCount == 1)
        #expect(json["ocr"]?["step_seconds"] == .object([("prepare", .number("0.01")), ("sparse", .number("0.1"))]))
        enriched.ocr.seconds = nil
        enriched.ocr.steps = []
        #expect(EnrichedJSON.value(enriched)["ocr"]?["seconds"] == nil)
        #expect(EnrichedJSON.value(enriched)["ocr"]?["step_seconds"] == nil)
        enriched.matcher = nil
        #expect(EnrichedJSON.value(enriched)["matcher"] == .null)
        let text = EnrichedJSON.fileText(enriched)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((parsed?["record"] as? [String: Any])?["year"] as? String == "2022")
        #expect(EnrichedJSON.lineText(enriched).filter { $0 == "\n" }.count == 1)
    }

    @Test("JSON strings escape quotes, control characters and line separators")
    func jsonEscapes() throws {
        let text = JSONWriter.string(.string("a\"b\\c\n\u{01}\u{2028}é"), pretty: false)
        #expect(text == "\"a\\\"b\\\\c\\n\\u0001\\u2028é\"")
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
        #expect(back == "a\"b\\c\n\u{01}\u{2028}é")
    }

    @Test("the token TSV has Tesseract's columns plus the pass and the raw reading, one clean row per token")
    func tokenTable() {
        var tokens = sample(record: .minimal(forImageNamed: "f.jpg")).ocr.tokens
        tokens[1].raw = tokens[1].text
        tokens[1].text = "CORRECTED"
        let text = TokenTable.text(tokens)
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows[0].joined(separator: " ") == "level page_num block_num par_num line_num word_num left top width height conf text pass raw")
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == 14 })
        #expect(rows[1].joined(separator: "|") == "5|1|1|1|1|1|10|20|60|12|91.5|FAK/MMP|sparse|")
        #expect(rows[2][11] == "CORRECTED" && rows[2][13] == Substring(tokens[1].raw ?? "-"))
        #expect(rows[3][11] == "PTX \"x\"")
        // Read back: the raw reading survives, rows without one have none.
        #expect(TokenTable.tokens(parsing: text).map(\.raw) == [nil, tokens[1].raw, nil])
    }

    @Test("a token's JSON has `raw` only when the lexicon corrected its text")
    func tokenJSON() {
        var token = sample(record: .minimal(forImageNamed: "f.jpg")).ocr.tokens[0]
        #expect(JSONWriter.string(EnrichedJSON.token(token), pretty: false).contains("\"raw\"") == false)
        token.raw = "ATPSD"
        token.text = "ATP5D"
        #expect(JSONWriter.string(EnrichedJSON.token(token), pretty: false).hasSuffix(",\"pass\":\"sparse\",\"raw\":\"ATPSD\"}"))
    }

    @Test("files are written all together, and nothing is left when the folder is not writable")
    func atomicWrites() throws {
        let folder = try FixturePaths.temporaryFolder()
        var files = AtomicFileSet(folder: folder)
        files.add("a.md", text: "A")
        files.add("a.json", text: "{}")
        let paths = try files.commit()
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["a.md", "a.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.json", "a.md"])

        let blocked = (folder as NSString).appendingPathComponent("a.md/sub")
        var failing = AtomicFileSet(folder: blocked)
        failing.add("b.md", text: "B")
        #expect {
            try failing.commit()
        } throws: { error in
            (error as? RecordError)?.code == .outputNotWritable
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.json", "a.md"])
    }
}

extension RecordValue {
    fileprivate var sequenceCount: Int? {
        if case let .sequence(items) = self { return items.count }
        return nil
    }
}

extension JSONValue {
    fileprivate var arrayCount: Int? {
        if case let .array(items) = self { return items.count }
        return nil
    }
}

@Suite("JSON number literals")
struct JSONNumberLiteralTests {
    @Test("JSON's grammar exactly", arguments: [
        ("0", true), ("-12", true), ("0.9426126", true), ("1e-5", true), ("2.5E+3", true),
        ("012", false), ("0x1F", false), (".5", false), ("1.", false), ("1_000", false), (".inf", false), ("", false), ("-", false),
    ])
    func literal(text: String, valid: Bool) {
        #expect(JSONValue.isNumberLiteral(text) == valid)
    }
}
