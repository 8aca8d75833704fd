import Foundation
@testable import Records
import Testing

@Suite("Record lookup")
struct RecordLocatorTests {
    private func write(_ text: String, _ name: String, in folder: String) throws {
        try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test("finds the record whose front matter names the image")
    func byFilename() throws {
        var locator = RecordLocator(folders: [FixturePaths.records])
        let located = try locator.locate(imagePath: "anywhere/membranes-12-00775-g005.jpg", required: true)
        #expect(located.path == FixturePaths.seedRecord)
        #expect(located.record.figid == "PMC9414313__membranes-12-00775-g005")
        #expect(located.warnings.isEmpty)
    }

    @Test("falls back to <stem>.md and <pmcid>__<stem>.md, and quoted filenames are read")
    func byName() throws {
        let folder = try FixturePaths.temporaryFolder()
        try write("---\nfigid: one\n---\n", "fig-a.md", in: folder)
        try write("---\nfigid: PMC2__fig-b\n---\n", "PMC2__fig-b.md", in: folder)
        try write("---\nfigid: c\nfilename: 'fig ''c''.png'\n---\n", "other.md", in: folder)
        var locator = RecordLocator(folders: [folder])
        #expect(try locator.locate(imagePath: "fig-a.jpg", required: true).record.figid == "one")
        #expect(try locator.locate(imagePath: "fig-b.jpg", required: true).record.figid == "PMC2__fig-b")
        #expect(try locator.locate(imagePath: "fig 'c'.png", required: true).record.figid == "c")
    }

    @Test("searches the image's folder, then ./records, by default")
    func defaultFolders() throws {
        let folder = try FixturePaths.temporaryFolder()
        try write("---\nfigid: beside\nfilename: f.jpg\n---\n", "x.md", in: folder)
        var locator = RecordLocator()
        let located = try locator.locate(imagePath: (folder as NSString).appendingPathComponent("f.jpg"), required: true)
        #expect(located.record.figid == "beside")
    }

    @Test("several records for one image: the first by path, with a warning")
    func several() throws {
        let folder = try FixturePaths.temporaryFolder()
        try write("---\nfigid: first\nfilename: f.jpg\n---\n", "a.md", in: folder)
        try write("---\nfigid: second\nfilename: f.jpg\n---\n", "b.md", in: folder)
        var locator = RecordLocator(folders: [folder])
        let located = try locator.locate(imagePath: "f.jpg", required: false)
        #expect(located.record.figid == "first")
        #expect(located.warnings.count == 1 && located.warnings[0].contains("b.md"))
    }

    @Test("no record: a minimal one with a warning, or an error when required")
    func missing() throws {
        let folder = try FixturePaths.temporaryFolder()
        var locator = RecordLocator(folders: [folder])
        let located = try locator.locate(imagePath: "x/figure-7.png", required: false)
        #expect(located.path == nil)
        #expect(located.record.figid == "figure-7")
        #expect(located.record.filename == "figure-7.png")
        #expect(located.warnings.first?.contains("no record found") == true)
        #expect {
            try locator.locate(imagePath: "x/figure-7.png", required: true)
        } throws: { error in
            (error as? RecordError)?.code == .notFound
        }
    }

    @Test("an explicit record file wins")
    func explicit() throws {
        var locator = RecordLocator(explicitRecord: FixturePaths.seedRecord)
        #expect(try locator.locate(imagePath: "unrelated.jpg", required: true).record.pmcidText == "PMC9414313")
    }
}

extension Record {
    fileprivate var pmcidText: String? { self["pmcid"]?.text }
}
