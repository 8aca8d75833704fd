import Evidence
import Tesseract
import Testing

@Suite("Pixel transforms")
struct PixelTransformTests {
    let box = Box(x: 10, y: 20, width: 30, height: 8)

    @Test("scaling maps boxes back by the real size ratio")
    func scaling() {
        let half = PixelTransform.scaling(fromWidth: 200, height: 100, toWidth: 100, height: 50)
        #expect(half.apply(Box(x: 5, y: 10, width: 15, height: 4)) == box)
        let uneven = PixelTransform.scaling(fromWidth: 101, height: 51, toWidth: 303, height: 153)
        #expect(uneven.apply(Box(x: 30, y: 60, width: 90, height: 24)) == box)
    }

    @Test("cropping adds the crop's origin")
    func cropping() {
        #expect(PixelTransform.cropping(atX: 100, y: 7).apply(box) == Box(x: 110, y: 27, width: 30, height: 8))
    }

    @Test("each quarter turn maps a box back exactly", arguments: 0...3)
    func rotation(turns: Int) {
        // A 200x100 image; the box's image under a clockwise turn, computed by hand.
        let rotated: Box
        switch turns {
        case 1: rotated = Box(x: 100 - 28, y: 10, width: 8, height: 30)
        case 2: rotated = Box(x: 200 - 40, y: 100 - 28, width: 30, height: 8)
        case 3: rotated = Box(x: 20, y: 200 - 40, width: 8, height: 30)
        default: rotated = box
        }
        #expect(PixelTransform.rotation(quarterTurns: turns, width: 200, height: 100).apply(rotated) == box)
    }

    @Test("composed transforms: crop of a scaled, rotated image")
    func composition() {
        // source 200x100 -> turned once (100x200) -> scaled x2 (200x400) -> cropped at (40, 20)
        let turned = PixelTransform.rotation(quarterTurns: 1, width: 200, height: 100)
        let scaled = turned.after(.scaling(fromWidth: 100, height: 200, toWidth: 200, height: 400))
        let cropped = scaled.after(.cropping(atX: 40, y: 20))
        let inCrop = Box(x: 2 * 72 - 40, y: 2 * 10 - 20, width: 16, height: 60)
        #expect(cropped.apply(inCrop) == box)
        #expect(PixelTransform.identity.after(cropped) == cropped)
    }
}
