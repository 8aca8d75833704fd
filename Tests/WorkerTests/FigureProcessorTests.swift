import Evidence
import Foundation
import ScratchFolders
import Records
import Tesseract
import Testing
@testable import Worker

@Suite("Figure processor")
struct FigureProcessorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ relative: String) -> String { root.appendingPathComponent("Fixtures/\(relative)").path }

    @Test("reads the seed figure into an enriched record with the record, facts and tokens")
    func seed() throws {
        let processor = FigureProcessor(options: ProcessOptions(recordTimings: false))
        var locator = RecordLocator(folders: [Self.fixture("records")])
        let image = Self.fixture("figures/membranes-12-00775-g005.jpg")
        let enriched = try processor.process(imagePath: image, located: try locator.locate(imagePath: image, required: true))
        #expect(enriched.figid == "PMC9414313__membranes-12-00775-g005")
        #expect(enriched.figure.width == 900 && enriched.figure.height == 600)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: image))
        #expect(enriched.figure.bytes == bytes.count)
        #expect(enriched.figure.sha256 == FileDigest.sha256(bytes))
        #expect(enriched.ocr.seconds == nil)
        #expect(enriched.ocr.recipe == "fast/3")
        #expect(enriched.ocr.engine.hasPrefix("tesseract 5."))
        #expect(enriched.ocr.tokens.map(\.text).contains("FAK/MMP"))
        #expect(enriched.ocr.tokens.allSatisfy { $0.box.isInside(width: 900, height: 600) })
    }

    @Test("an unsafe figid fails before the image is even read")
    func unsafeFigid() throws {
        let processor = FigureProcessor(options: ProcessOptions())
        let located = RecordLocator.Located(
            record: Record(fields: [RecordField(key: "figid", value: .string("../../etc/x"))]), path: "r.md", warnings: []
        )
        #expect {
            try processor.process(imagePath: "/does/not/exist.jpg", located: located)
        } throws: { error in
            FailureKind(of: error) == .invalidRecord
        }
    }

    @Test("SHA-256 matches the standard test vector")
    func digest() {
        #expect(FileDigest.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("failure kinds follow the error codes")
    func failureKinds() {
        #expect(FailureKind(of: TesseractError(.imageEmpty, "x")) == .unreadableImage)
        #expect(FailureKind(of: TesseractError(.imageTooLarge, "x")) == .unreadableImage)
        #expect(FailureKind(of: TesseractError(.modelMissing, "x")) == .engineUnavailable)
        #expect(FailureKind(of: TesseractError(.deadlineExceeded, "x")) == .timedOut)
        #expect(FailureKind(of: TesseractError(.recognitionFailed, "x")) == .internalError)
        #expect(FailureKind(of: RecordError(.malformedYAML, "x")) == .invalidRecord)
        #expect(FailureKind(of: RecordError(.notFound, "x")) == .invalidRecord)
        #expect(FailureKind(of: RecordError(.outputNotWritable, "x")) == .outputNotWritable)
        #expect(FailureKind(of: CocoaError(.fileNoSuchFile)) == .internalError)
    }

    @Test("the three files are written under the figid")
    func files() throws {
        let folder = try ScratchFolder.make("worker")
        let enriched = EnrichedRecord(
            record: .minimal(forImageNamed: "f.png"), figid: "f",
            figure: FigureFacts(path: "f.png", sha256: "00", width: 1, height: 1, bytes: 1),
            ocr: OCRRun(engine: "e", model: "m", recipe: "r", seconds: nil, tokens: [])
        )
        let paths = try EnrichedFiles.write(enriched, to: folder)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["f.md", "f.json", "f-tokens.tsv"])
        #expect(try String(contentsOfFile: paths[2], encoding: .utf8).split(separator: "\n").count == 1)
    }
}
