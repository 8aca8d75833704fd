import Foundation
@testable import Records
import Testing

@Suite("Record parsing")
struct RecordParserTests {
    @Test("the seed record keeps every field, in order, with its value")
    func seedFields() throws {
        let record = try RecordParser.parse(fileAt: FixturePaths.seedRecord)
        #expect(record.fields.map(\.key) == [
            "figid", "figtitle", "organisms", "pmcid", "filename", "figlink", "number", "caption", "papertitle",
            "reftext", "year", "doi", "journal_title", "journal_nlm_ta", "publisher_name", "keywords", "automl_pathway",
            "figid_alias", "figtype", "organisms_ner", "redirect_from", "ndex", "seo", "schema-jsonld",
        ])
        #expect(record.figid == "PMC9414313__membranes-12-00775-g005")
        #expect(record.filename == "membranes-12-00775-g005.jpg")
        #expect(record["year"] == .scalar(RecordScalar(text: "2022", style: .singleQuoted, kind: .string)))
        #expect(record["automl_pathway"] == .scalar(RecordScalar(text: "0.9426126", style: .plain, kind: .float)))
        #expect(record["ndex"]?.text == "")
        #expect(record["organisms"] == .sequence([.scalar(RecordScalar(text: "NA", style: .plain, kind: .string))]))
        let schema = try #require(record["schema-jsonld"])
        #expect(schema["@context"]?.text == "https://schema.org/")
        #expect(schema["creator"]?["name"]?.text == "WikiPathways")
        #expect(schema["keywords"] == .sequence(["Mmp1", "Fak", "cub", "Ptx1", "dom"].map { .scalar(RecordScalar(text: $0, style: .plain, kind: .string)) }))
        #expect(record.body == "")
    }

    @Test("placeholders, quoted strings, unknown fields and the body survive")
    func unusualValues() throws {
        let text = """
            ---
            figid: PMC1__f1
            year: '2022'
            pmid: .na.character
            flag: yes
            empty:
            count: 12
            hex: 0x1F
            custom_field:
              nested: [a, 'b']
            ---
            Body text *kept*.

            """
        let record = try RecordParser.parse(text, source: "inline")
        #expect(record["pmid"]?.text == ".na.character")
        #expect(record["year"]?.text == "2022")
        #expect(record["custom_field"]?["nested"] == .sequence([
            .scalar(RecordScalar(text: "a", style: .plain, kind: .string)),
            .scalar(RecordScalar(text: "b", style: .singleQuoted, kind: .string)),
        ]))
        #expect(record.body == "Body text *kept*.\n")
        let json = RecordJSON.value(record.value)
        #expect(json["year"] == .string("2022"))
        #expect(json["pmid"] == .string(".na.character"))
        #expect(json["flag"] == .bool(true))
        #expect(json["empty"] == .null)
        #expect(json["count"] == .number("12"))
        #expect(json["hex"] == .string("0x1F"))
    }

    @Test("round trip: parse, write, parse again gives the same fields")
    func roundTrip() throws {
        let folder = FixturePaths.records
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }
        #expect(!names.isEmpty)
        for name in names {
            let original = try RecordParser.parse(fileAt: (folder as NSString).appendingPathComponent(name))
            let written = "---\n" + (try RecordYAML.serialize(original.fields)) + "---\n" + original.body
            let reread = try RecordParser.parse(written, source: name)
            #expect(reread.fields == original.fields, "\(name)")
            #expect(reread.body == original.body)
            #expect(RecordJSON.value(reread.value) == RecordJSON.value(original.value))
        }
    }

    @Test("new strings that YAML would read as other types are written quoted")
    func newStringsStayStrings() throws {
        let fields = ["2022", "yes", "null", "0.5", "a: b", "line one\nline two", "- dash", ""].enumerated().map {
            RecordField(key: "k\($0.offset)", value: .string($0.element))
        }
        let reread = try RecordParser.parse("---\n" + (try RecordYAML.serialize(fields)) + "---\n", source: "inline")
        for field in fields {
            #expect(reread[field.key]?.text == field.value.text, "\(field.key)")
            #expect(RecordJSON.value(reread[field.key] ?? .string("?")) == .string(field.value.text ?? ""))
        }
    }

    @Test("errors name the file and the problem", arguments: [
        ("no front matter at all\n", RecordError.Code.noFrontMatter),
        ("---\nfigid: x\n", .noFrontMatter),
        ("---\nfigid: [unclosed\n---\n", .malformedYAML),
        ("---\nfigid: x\n  bad: indent\n---\n", .malformedYAML),
        ("---\n- a list\n- not a mapping\n---\n", .notAMapping),
        ("---\n---\n", .notAMapping),
    ])
    func errors(text: String, code: RecordError.Code) {
        #expect {
            try RecordParser.parse(text, source: "broken.md")
        } throws: { error in
            guard let error = error as? RecordError else { return false }
            return error.code == code && error.message.hasPrefix("broken.md: ")
        }
    }

    @Test("malformed YAML reports the line in the record file")
    func malformedLine() {
        #expect {
            try RecordParser.parse("---\nfigid: a\ncaption: [oops\n---\n", source: "r.md")
        } throws: { error in
            (error as? RecordError)?.message.contains("line ") == true
        }
    }

    @Test("a byte-order mark and CRLF fences are accepted")
    func bomAndCRLF() throws {
        let record = try RecordParser.parse("\u{FEFF}---\r\nfigid: a\r\n---\r\nbody", source: "r.md")
        #expect(record.figid == "a")
        #expect(record.body == "body")
    }

    @Test("non-UTF-8 records are rejected with a message")
    func notUTF8() throws {
        let folder = try FixturePaths.temporaryFolder()
        let path = (folder as NSString).appendingPathComponent("latin1.md")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x61, 0x3A, 0x20, 0xE9, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect {
            try RecordParser.parse(fileAt: path)
        } throws: { error in
            (error as? RecordError)?.code == .unreadable
        }
    }
}
