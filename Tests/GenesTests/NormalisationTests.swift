import Testing

@testable import Genes

@Suite("Normalisation")
struct NormalisationTests {
    @Test("ASCII text is returned unchanged")
    func ascii() {
        #expect(TextFolder.fold("MAPK1") == TextFolder.Result(text: "MAPK1", transforms: []))
    }

    @Test("NFKC: full-width letters and superscripts become ASCII")
    func nfkc() {
        let folded = TextFolder.fold("ＭＡＰＫ１")
        #expect(folded.text == "MAPK1")
        #expect(folded.transforms == ["nfkc"])
        #expect(TextFolder.fold("Ca²⁺").text == "Ca2+")
    }

    @Test("accents are removed")
    func accents() {
        let folded = TextFolder.fold("Bcl-xé")
        #expect(folded.text == "Bcl-xe")
        #expect(folded.transforms.contains("accents"))
    }

    @Test("Greek letters become the Latin capital HGNC uses", arguments: [
        ("GSK-3β", "GSK-3B"), ("TNF-α", "TNF-A"), ("NF-κB", "NF-KB"), ("PKCθ", "PKCQ"), ("PPARγ", "PPARG"),
        ("IKKε", "IKKE"), ("PI3Kδ", "PI3KD"),
    ])
    func greek(raw: String, folded: String) {
        let result = TextFolder.fold(raw)
        #expect(result.text == folded)
        #expect(result.transforms.contains("greek"))
    }

    @Test("look-alike characters become the Latin letter they look like")
    func homoglyphs() {
        #expect(TextFolder.fold("МАРК1").text == "MAPK1")  // Cyrillic М А Р К
        #expect(TextFolder.fold("IFN-ß").text == "IFN-B")  // sharp s read for beta
        #expect(TextFolder.fold("IKKƐ").text == "IKKE")
        #expect(TextFolder.fold("МАРК1").transforms == ["homoglyphs"])
    }

    @Test("every dash becomes a hyphen-minus")
    func dashes() {
        #expect(TextFolder.fold("IL‐6").text == "IL-6")  // U+2010
        #expect(TextFolder.fold("IL–6").text == "IL-6")  // en dash
        #expect(TextFolder.fold("IL−6").text == "IL-6")  // minus sign
        #expect(TextFolder.fold("IL–6").transforms == ["dashes"])
    }

    @Test("match keys drop punctuation and fold case")
    func keys() {
        #expect(MatchKey.make("IL-6")?.text == "IL6")
        #expect(MatchKey.make("il 6")?.text == "IL6")
        #expect(MatchKey.make("Erk1/2")?.text == "ERK12")
        #expect(MatchKey.make("--") == nil)
    }

    @Test("spelled-out Greek letters reduce where they stand as a letter", arguments: [
        ("TNFalpha", "TNFA"), ("TNF-alpha", "TNFA"), ("TNF-ALPHA", "TNFA"), ("TNFALPHA", "TNFA"),
        ("IL-1beta", "IL1B"), ("NF-kappaB", "NFKB"), ("GSK3beta", "GSK3B"), ("14-3-3 zeta", "1433Z"),
        ("PKC-theta", "PKCQ"),
    ])
    func spelledGreek(text: String, key: String) {
        let made = MatchKey.make(text)
        #expect(made?.text == key)
        #expect(made?.reducedGreekName == true)
    }

    @Test("words that merely contain a Greek name are left alone", arguments: [
        "Alphabet", "betaine", "Tnfalpha", "aLPHA", "Deltaic",
    ])
    func notGreek(text: String) {
        #expect(MatchKey.make(text)?.reducedGreekName == false)
    }

    @Test("non-UTF-8 bytes decode as Windows-1252, never failing")
    func decoding() {
        #expect(TextDecoding.decode(Array("MAPK1".utf8)) == "MAPK1")
        #expect(TextDecoding.decode([0x49, 0x46, 0x4E, 0x2D, 0xDF]) == "IFN-ß")
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41, 0x4B, 0x54]) == "AKT")
        #expect(TextDecoding.decode([0x81, 0x96]) == "\u{FFFD}\u{2013}")
        #expect(TextDecoding.decode([UInt8]()) == "")
    }
}
