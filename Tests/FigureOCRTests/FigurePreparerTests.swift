import Evidence
import FigureOCR
import Tesseract
import Testing

@Suite("Figure preparation")
struct FigurePreparerTests {
    /// Ink (darker than 200) in `box` (source pixels) of the prepared image.
    static func ink(in box: Box, of prepared: PreparedFigure) throws -> Int {
        let inverse = try #require(prepared.image.toSource.inverse)
        return try prepared.image.cropped(to: inverse.apply(box)).binarized(threshold: 200).setPixelCount()
    }

    @Test("a dashed line with no letter beside it is erased; a dash beside a letter, small print's too, and the letters stay")
    func strayDashes() throws {
        // clean-line.png: one line of text (capitals 29 px) at y 60...98, x 60...912.
        let grey = try Image(contentsOf: FigureFixtures.path("clean-line.png")).grayscale()
        let row = Box(x: 100, y: 130, width: 600, height: 4)
        let dashes = stride(from: row.x, to: row.maxX, by: 32).map { Box(x: $0, y: row.y, width: 20, height: row.height) }
        let hyphen = Box(x: 916, y: 78, width: 10, height: 3)
        // A mark of small print (narrower than a dash, a quarter of a capital tall or more) with
        // a dash beside it: both stay.
        let smallLetter = Box(x: 800, y: 128, width: 6, height: 9), smallHyphen = Box(x: 810, y: 132, width: 10, height: 3)
        let drawn = try grey.painted(0, in: dashes + [hyphen, smallLetter, smallHyphen])
        #expect(try drawn.cropped(to: row).binarized(threshold: 200).setPixelCount() == dashes.count * 20 * 4)

        let prepared = try FigurePreparer(steps: .full).prepare(drawn)
        #expect(try Self.ink(in: row, of: prepared) == 0)
        #expect(try Self.ink(in: hyphen, of: prepared) > 0)
        #expect(try Self.ink(in: smallLetter, of: prepared) > 0)
        #expect(try Self.ink(in: smallHyphen, of: prepared) > 0)
        let text = Box(x: 60, y: 60, width: 852, height: 38)
        let plain = try FigurePreparer(steps: .full).prepare(grey)
        #expect(try Self.ink(in: text, of: prepared) == Self.ink(in: text, of: plain))
    }

    /// An octagon's outline around `inside` (source px): 2 px strokes, its straight sides too
    /// short for ruling lines (under 2.5 capitals across, 1.5 down) and its corners stairs.
    static func octagon(around inside: Box) -> [Box] {
        let cut = 25, slope = 2
        var strokes = [
            Box(x: inside.x + slope * cut, y: inside.y - 2, width: inside.width - 2 * slope * cut, height: 2),
            Box(x: inside.x + slope * cut, y: inside.maxY, width: inside.width - 2 * slope * cut, height: 2),
            Box(x: inside.x - 2, y: inside.y + cut, width: 2, height: inside.height - 2 * cut),
            Box(x: inside.maxX, y: inside.y + cut, width: 2, height: inside.height - 2 * cut),
        ]
        for step in 0...cut {
            let left = inside.x + slope * (cut - step) - 2, right = inside.maxX - slope * (cut - step) - 2
            for y in [inside.y - 2 + step, inside.maxY - step] {
                strokes.append(Box(x: left, y: y, width: 4, height: 2))
                strokes.append(Box(x: right, y: y, width: 4, height: 2))
            }
        }
        return strokes
    }

    @Test("the outline of a closed shape with letters inside is erased and the letters stay; an empty one stays")
    func closedOutlines() throws {
        // clean-line.png (972 x 158, capitals 29 px), on a page 400 px high: below the text,
        // an octagon around five letter-sized bars and an empty octagon.
        let line = try Image(contentsOf: FigureFixtures.path("clean-line.png")).grayscale()
        let page = try line.placed(atX: 0, y: 0, inBlankOfWidth: line.width, height: 400)
            .painted(255, in: [Box(x: 0, y: line.height, width: line.width, height: 400 - line.height)])
        let labelled = Box(x: 100, y: 200, width: 160, height: 80), empty = Box(x: 400, y: 200, width: 160, height: 80)
        let bars = [130, 150, 170, 190, 210].map { Box(x: $0, y: 226, width: 4, height: 29) }
        let drawn = try page.painted(0, in: Self.octagon(around: labelled) + Self.octagon(around: empty) + bars)
        let side = { (inside: Box) in Box(x: inside.x - 2, y: inside.y + 25, width: 2, height: inside.height - 50) }
        let top = { (inside: Box) in Box(x: inside.x + 50, y: inside.y - 2, width: inside.width - 100, height: 2) }
        #expect(try drawn.cropped(to: side(labelled)).binarized(threshold: 200).setPixelCount() == 2 * 30)

        let prepared = try FigurePreparer(steps: .full).prepare(drawn)
        #expect(try Self.ink(in: side(labelled), of: prepared) == 0)
        #expect(try Self.ink(in: top(labelled), of: prepared) == 0)
        for bar in bars {
            #expect(try Self.ink(in: bar, of: prepared) > bar.width * bar.height / 2)
        }
        #expect(try Self.ink(in: side(empty), of: prepared) > 0)
        #expect(try Self.ink(in: top(empty), of: prepared) > 0)
        // Without the `lines` step the outline around the bars stays.
        let kept = try FigurePreparer(steps: Preparation.full.without(.lines)).prepare(drawn)
        #expect(try Self.ink(in: side(labelled), of: kept) > 0)
    }

    @Test("light marks on a mid-tone fill drawn on a light background come out dark on white")
    func nestedFill() throws {
        // clean-line.png (972 x 158) with a light background under its lower third, and on
        // that a grey box with three white strokes: one region with the background, so that
        // only a second look, once the background is white, measures the box by its own level.
        let grey = try Image(contentsOf: FigureFixtures.path("clean-line.png")).grayscale()
        let background = Box(x: 0, y: 100, width: 972, height: 58)
        let fill = Box(x: 300, y: 106, width: 200, height: 46)
        let strokes = [340, 380, 420].map { Box(x: $0, y: 114, width: 6, height: 30) }
        let drawn = try grey.painted(225, in: [background]).painted(110, in: [fill]).painted(255, in: strokes)
        let prepared = try FigurePreparer(steps: .full).prepare(drawn)
        for stroke in strokes {
            #expect(try Self.ink(in: stroke, of: prepared) > stroke.width * stroke.height / 2)
        }
        let beside = Box(x: 440, y: 114, width: 40, height: 30)
        #expect(try Self.ink(in: beside, of: prepared) == 0)
    }
}
