import Evidence
import Testing

@Suite("Box")
struct BoxTests {
    @Test("corners and edges agree")
    func cornersAndEdges() {
        let box = Box(left: 10, top: 20, right: 40, bottom: 30)
        #expect(box == Box(x: 10, y: 20, width: 30, height: 10))
        #expect(box.maxX == 40 && box.maxY == 30 && box.area == 300)
    }

    @Test("negative sizes clamp to empty")
    func negativeSizes() {
        #expect(Box(left: 10, top: 10, right: 5, bottom: 5).area == 0)
    }

    @Test("intersection, union and overlap ratio")
    func overlap() {
        let a = Box(x: 0, y: 0, width: 10, height: 10)
        let b = Box(x: 5, y: 5, width: 10, height: 10)
        #expect(a.intersection(b) == Box(x: 5, y: 5, width: 5, height: 5))
        #expect(a.union(b) == Box(x: 0, y: 0, width: 15, height: 15))
        #expect(abs(a.overlapRatio(b) - 25.0 / 175.0) < 1e-12)
        #expect(a.intersection(Box(x: 10, y: 0, width: 5, height: 5)) == nil)
        #expect(a.overlapRatio(Box(x: 20, y: 20, width: 1, height: 1)) == 0)
    }

    @Test("grown by a margin on each side, or shrunk by a negative one")
    func expanded() {
        let box = Box(x: 10, y: 20, width: 30, height: 10)
        #expect(box.expanded(byX: 4, y: 2) == Box(left: 6, top: 18, right: 44, bottom: 32))
        #expect(box.expanded(by: 3) == box.expanded(byX: 3, y: 3))
        #expect(box.expanded(by: -2) == Box(x: 12, y: 22, width: 26, height: 6))
    }

    @Test("inside an image")
    func inside() {
        #expect(Box(x: 0, y: 0, width: 100, height: 50).isInside(width: 100, height: 50))
        #expect(!Box(x: 1, y: 0, width: 100, height: 50).isInside(width: 100, height: 50))
    }
}
