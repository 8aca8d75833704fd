@testable import Records
import Testing

@Suite("Output names")
struct OutputNameTests {
    @Test("PFOCR figids are accepted", arguments: ["PMC9414313__membranes-12-00775-g005", "PMC1__1471-2164-8-1.g001", "a+b"])
    func safe(figid: String) throws {
        #expect(try OutputName.validatedFigid(figid, recordPath: "r.md") == figid)
    }

    @Test("names that would leave the output folder are refused", arguments: [
        "../escape", "..", ".", "/etc/passwd", "sub/dir", "a\\b", ".hidden", "", "tab\there", String(repeating: "x", count: 201),
    ])
    func unsafe(figid: String) {
        #expect {
            try OutputName.validatedFigid(figid, recordPath: "r.md")
        } throws: { error in
            (error as? RecordError)?.code == .unsafeName && (error as? RecordError)?.message.hasPrefix("r.md: figid") == true
        }
    }

    @Test("figids derived from file names are safe")
    func derived() throws {
        #expect(OutputName.derivedFigid(fromFilename: "membranes-12-00775-g005.jpg") == "membranes-12-00775-g005")
        #expect(OutputName.derivedFigid(fromFilename: "dir/with space & stuff.png") == "with_space___stuff")
        #expect(OutputName.derivedFigid(fromFilename: "..jpg") == "figure")
        for name in ["../../x.jpg", ".hidden.png", "ünïcode.jpg", "a\nb.jpg"] {
            let figid = OutputName.derivedFigid(fromFilename: name)
            #expect(OutputName.unsafeReason(figid) == nil, "\(name) -> \(figid)")
        }
    }
}
