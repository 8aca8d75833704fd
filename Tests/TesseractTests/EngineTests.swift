import CEngineHints
import Evidence
import Foundation
import ScratchFolders
import Tesseract
import Testing

@Suite("Engine")
struct EngineTests {
    @Test("versions of Tesseract, Leptonica and the model are known")
    func versions() throws {
        #expect(Engine.tesseractVersion.hasPrefix("5."))
        #expect(Engine.leptonicaVersion.hasPrefix("leptonica-"))
        let engine = try Engine()
        #expect(engine.models.map(\.language) == ["eng"])
        #expect(engine.modelDescription.contains(":eng:"))
        #expect(FileManager.default.fileExists(atPath: Tessdata.modelPath(folder: engine.tessdataFolder, language: "eng")))
    }

    @Test("a missing language names the tessdata folder and what it has")
    func missingLanguage() {
        #expect {
            try Engine(EngineConfiguration(languages: ["xyz"]))
        } throws: { error in
            guard let error = error as? TesseractError else { return false }
            return error.code == .modelMissing && error.message.contains("xyz.traineddata") && error.message.contains("eng")
        }
    }

    @Test("a tessdata folder without models is refused with its path")
    func emptyTessdata() throws {
        let folder = try ScratchFolder.make("empty-tessdata")
        #expect {
            try Engine(EngineConfiguration(tessdata: folder))
        } throws: { error in
            (error as? TesseractError)?.code == .modelMissing && "\(error)".contains(folder)
        }
    }

    @Test("a corrupt model fails initialisation with a typed error")
    func corruptModel() throws {
        let folder = try ScratchFolder.make("bad-tessdata")
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: Tessdata.modelPath(folder: folder, language: "eng")))
        #expect {
            try Engine(EngineConfiguration(tessdata: folder))
        } throws: { error in
            (error as? TesseractError)?.code == .engineInitFailed && "\(error)".contains(folder) && "\(error)".contains("eng")
        }
    }

    @Test("a model without an LSTM network is refused before Tesseract falls back to its legacy engine")
    func legacyOnlyModel() throws {
        let model = Tessdata.modelPath(folder: try Engine().tessdataFolder, language: "eng")
        #expect(Tessdata.hasLSTMNetwork(at: model) == true)
        let folder = try ScratchFolder.make("legacy-tessdata")
        let stripped = Tessdata.modelPath(folder: folder, language: "eng")
        try Self.traineddata(at: model, without: 17).write(to: URL(fileURLWithPath: stripped))
        #expect(Tessdata.hasLSTMNetwork(at: stripped) == false)
        // The rest of the file is still a model: its version is read from the rewritten table.
        #expect(Tessdata.modelVersion(at: stripped) == Tessdata.modelVersion(at: model))
        #expect {
            try Engine(EngineConfiguration(tessdata: folder))
        } throws: { error in
            (error as? TesseractError)?.code == .modelMissing && "\(error)".contains(stripped) && "\(error)".contains("no LSTM network")
        }
        #expect(Tessdata.hasLSTMNetwork(at: folder + "/none.traineddata") == nil)
    }

    /// A traineddata file's bytes with one component left out: the table (an Int32 count, then
    /// an Int64 offset per component, -1 when absent) rewritten, the components' bytes moved up.
    private static func traineddata(at path: String, without left: Int) throws -> Data {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let count = Int(data.withUnsafeBytes { $0.loadUnaligned(as: Int32.self) })
        let offsets = (0 ..< count).map { index in Int(data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4 + 8 * index, as: Int64.self) }) }
        let present = offsets.indices.filter { offsets[$0] >= 0 }
        func bytes(_ index: Int) -> Data {
            let end = present.first { $0 > index }.map { offsets[$0] } ?? data.count
            return data[offsets[index] ..< end]
        }
        var table = [Int64](repeating: -1, count: count)
        var body = Data()
        let header = 4 + 8 * count
        for index in present where index != left {
            table[index] = Int64(header + body.count)
            body.append(bytes(index))
        }
        var out = withUnsafeBytes(of: Int32(count).littleEndian) { Data($0) }
        for offset in table { withUnsafeBytes(of: offset.littleEndian) { out.append(contentsOf: $0) } }
        return out + body
    }

    @Test("runtime parameters are set and read back; unknown names are refused")
    func parameters() throws {
        let engine = try Engine()
        try engine.setParameter("tessedit_char_blacklist", to: "|")
        #expect(engine.parameter("tessedit_char_blacklist") == "|")
        try engine.setParameter("tessedit_do_invert", to: "false")
        #expect(engine.parameter("tessedit_do_invert") == "0")
        // textord_* parameters are process-wide: put the default back for the other tests.
        defer { try? engine.setParameter("textord_min_linesize", to: "1.25") }
        try engine.setParameter("textord_min_linesize", to: "1.5")
        #expect(engine.parameter("textord_min_linesize") == "1.5")
        #expect(engine.parameter("no_such_parameter") == nil)
        #expect(throws: TesseractError.self) { try engine.setParameter("no_such_parameter", to: "1") }
    }

    @Test("init-only parameters go through initialisation")
    func initParameters() throws {
        let engine = try Engine(EngineConfiguration(initParameters: [(name: "load_system_dawg", value: "0")]))
        #expect(engine.parameter("load_system_dawg") == "0")
    }

    @Test("reads the clean line: every word, with boxes inside the image and on the drawn text")
    func cleanLine() throws {
        let engine = try Engine()
        let image = try Image(contentsOf: Fixtures.figure("clean-line.png"))
        let tokens = try engine.recognize(image, mode: .sparseText, pass: "test")
        let expected = try Fixtures.labels("clean-line.png")[0].split(separator: " ").map(String.init)
        #expect(tokens.map(\.text) == expected)
        // The sidecar's drawn box: x 60, y 60, 852 x 38.
        let drawn = Box(x: 60, y: 60, width: 852, height: 38)
        for token in tokens {
            #expect(token.box.isInside(width: image.width, height: image.height))
            #expect(token.box.intersection(drawn)?.area == token.box.area || token.box.overlapRatio(drawn) > 0, "\(token.text) at \(token.box)")
            #expect(token.confidence > 80 && token.confidence <= 100)
            #expect(token.pass == "test")
            #expect(token.layout.line == tokens[0].layout.line)
        }
        #expect(tokens.map(\.layout.word) == Array(1...expected.count))
    }

    @Test("words read on a rotated or scaled variant land on the same source boxes")
    func mappedBoxes() throws {
        let engine = try Engine()
        let image = try Image(contentsOf: Fixtures.figure("clean-line.png"))
        let plain = try engine.recognize(image, mode: .sparseText, pass: "plain")
        let turnedBack = try image.rotated(quarterTurns: 1).rotated(quarterTurns: 3)
        #expect(try engine.recognize(turnedBack, mode: .sparseText, pass: "plain") == plain)
        let doubled = try engine.recognize(try image.scaled(by: 2), mode: .sparseText, pass: "plain")
        #expect(doubled.map(\.text) == plain.map(\.text))
        for (big, small) in zip(doubled, plain) {
            #expect(abs(big.box.x - small.box.x) <= 2 && abs(big.box.maxX - small.box.maxX) <= 2, "\(big.text)")
            #expect(abs(big.box.y - small.box.y) <= 2 && abs(big.box.maxY - small.box.maxY) <= 2, "\(big.text)")
        }
        let crop = try image.cropped(to: Box(x: 40, y: 40, width: 400, height: 80))
        let cropped = try engine.recognize(crop, mode: .singleLine, pass: "crop")
        let first = try #require(cropped.first)
        #expect(first.text == plain[0].text)
        #expect(abs(first.box.x - plain[0].box.x) <= 2 && abs(first.box.y - plain[0].box.y) <= 2)
    }

    @Test("one engine reads many images in a row with the same result")
    func reuse() throws {
        let engine = try Engine()
        let image = try Image(contentsOf: Fixtures.figure("clean-line.png"))
        let first = try engine.recognize(image, mode: .sparseText, pass: "p")
        _ = try engine.recognize(try Image(contentsOf: Fixtures.figure("white-on-dark.png")), mode: .automatic, pass: "p")
        #expect(try engine.recognize(image, mode: .sparseText, pass: "p") == first)
    }

    @Test("the hint that lines are erased holds for one recognition only, failed or not")
    func linesErasedHint() throws {
        let engine = try Engine()
        let image = try Image(contentsOf: Fixtures.figure("boxed-labels.png"))
        #expect(try !engine.recognize(image, mode: .sparseText, pass: "p", linesErased: true).isEmpty)
        #expect(ow_engine_hints_lines_removed() == 0)
        #expect(throws: TesseractError.self) {
            try engine.recognize(try image.scaled(by: 3), mode: .sparseText, pass: "slow", deadline: .milliseconds(1), linesErased: true)
        }
        #expect(ow_engine_hints_lines_removed() == 0)
        // Per thread: set here, not seen by another thread.
        ow_engine_hints_set_lines_removed(1)
        defer { ow_engine_hints_set_lines_removed(0) }
        final class Seen: @unchecked Sendable { var value: Int32 = -1 }  // written once, read after the thread ends
        let seen = Seen()
        let thread = Thread { seen.value = ow_engine_hints_lines_removed() }
        thread.start()
        while !thread.isFinished { usleep(1000) }
        #expect(seen.value == 0 && ow_engine_hints_lines_removed() == 1)
    }

    @Test("a deadline that has passed stops recognition with a typed error")
    func deadline() throws {
        let engine = try Engine()
        let image = try Image(contentsOf: Fixtures.figure("boxed-labels.png")).scaled(by: 3)
        #expect {
            try engine.recognize(image, mode: .sparseText, pass: "slow", deadline: .milliseconds(1))
        } throws: { error in
            (error as? TesseractError)?.code == .deadlineExceeded
        }
    }
}
