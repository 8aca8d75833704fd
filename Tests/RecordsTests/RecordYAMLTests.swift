@testable import Records
import Testing
import Yams

@Suite("Record YAML")
struct RecordYAMLTests {
    @Test("the first-character check never lets through a scalar Yams would not read as a string")
    func nonStringPrefilter() {
        let special = ["", "yes", "No", "TRUE", "off", "On", "~", "null", "NULL", "1", "-1", "+7", "0x1F", "0o17", "0b101",
                       "1_000", "3.14", ".5", "-.inf", ".NaN", "1e5", "12:30:45", "<<", "=", "2024-01-31", "2001-12-14t21:59:43.10-05:00"]
        for text in special {
            #expect(Resolver.default.resolveTag(of: Node(text, Tag(.implicit), .plain)) != .str, "\(text)")
            #expect(RecordYAML.mayResolveAsNonString(text), "\(text)")
        }
        // Every string of up to three characters over an alphabet of letters, digits and
        // YAML's punctuation, and longer ones built from the special forms.
        let alphabet = Array("aeyYnNtTfFoOlLsuxXbB0159+-._:~<=eE# 'Tz\t")
        var texts: [String] = alphabet.map { String($0) }
        for a in alphabet { for b in alphabet { texts.append(String([a, b])) } }
        for a in alphabet.prefix(12) { for b in alphabet { for c in alphabet { texts.append(String([a, b, c])) } } }
        for text in special { for prefix in [" ", "x", "#", "'", "\t", "a"] { texts.append(prefix + text) } }
        for text in texts where !RecordYAML.mayResolveAsNonString(text) {
            #expect(Resolver.default.resolveTag(of: Node(text, Tag(.implicit), .plain)) == .str, "\(text)")
        }
    }

    @Test("new strings that YAML would read otherwise are quoted; others are written plain")
    func quoting() throws {
        let fields = ["yes", "2022", "null", "", "TP53", "a: b", "#tag", "~"].enumerated().map {
            RecordField(key: "k\($0.offset)", value: .string($0.element))
        }
        let written = try RecordYAML.serialize(fields)
        #expect(written == """
            k0: 'yes'
            k1: '2022'
            k2: 'null'
            k3: ''
            k4: TP53
            k5: 'a: b'
            k6: '#tag'
            k7: '~'

            """)
    }
}
