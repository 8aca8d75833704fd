import Records
import Testing
@testable import Worker

/// The ordered JSON parser and the record built from an inline JSON object.
@Suite("ordered JSON")
struct OrderedJSONParserTests {
    @Test("objects keep key order; numbers keep their text; escapes decode")
    func parses() throws {
        let value = try OrderedJSONParser.parse(#" {"z": 1.50, "a": [true, null, "x\n\u00e9\ud83d\ude00"], "m": {"k": -2e3}} "#)
        guard case let .object(pairs) = value else { Issue.record("not an object"); return }
        #expect(pairs.map(\.0) == ["z", "a", "m"])
        #expect(value["z"] == .number("1.50"))
        #expect(value["a"] == .array([.bool(true), .null, .string("x\né😀")]))
        #expect(value["m"]?["k"] == .number("-2e3"))
        #expect(JSONWriter.string(value, pretty: false) == #"{"z":1.50,"a":[true,null,"x\né😀"],"m":{"k":-2e3}}"#)
    }

    @Test("bad JSON is a bad-input error naming the offset", arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "\"\\x\"", "tru", "{} x", "\"a\u{01}\""])
    func rejects(_ text: String) {
        #expect(throws: WorkerError.self) { try OrderedJSONParser.parse(text) }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        #expect(throws: WorkerError.self) { try OrderedJSONParser.parse(String(repeating: "[", count: 10_000)) }
    }

    @Test("an inline record keeps its fields, order and kinds")
    func record() throws {
        let record = try JSONRecord.record(from: OrderedJSONParser.parse(#"{"figid": "F", "year": "2022", "n": 3, "ok": false, "none": null, "list": ["a"]}"#))
        #expect(record.fields.map(\.key) == ["figid", "year", "n", "ok", "none", "list"])
        #expect(record.figid == "F")
        #expect(record["year"] == .string("2022"))
        #expect(record["n"] == .scalar(RecordScalar(text: "3", style: .plain, kind: .integer)))
        #expect(record["list"] == .sequence([.string("a")]))
        #expect(throws: WorkerError.self) { try JSONRecord.record(from: .array([])) }
    }
}
