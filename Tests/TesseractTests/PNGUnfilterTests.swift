import CPNGReader
import Testing

/// `png_unfilter_row` undoes what a filter written here from the PNG specification did, for
/// every filter and pixel size, on rows whose bytes make Paeth's ties and wrap-arounds common.
@Suite("PNG row unfiltering")
struct PNGUnfilterTests {
    /// The specification's predictor: the neighbour nearest to left + up - up-left, ties going
    /// to left, then up, then up-left.
    private static func paeth(_ left: Int, _ up: Int, _ upLeft: Int) -> Int {
        let estimate = left + up - upLeft
        let (toLeft, toUp, toUpLeft) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
        if toLeft <= toUp && toLeft <= toUpLeft { return left }
        return toUp <= toUpLeft ? up : upLeft
    }

    /// `row` filtered with `filter`, given the unfiltered row above.
    private static func filtered(_ row: [UInt8], above: [UInt8], filter: UInt8, step: Int) -> [UInt8] {
        row.indices.map { i in
            let left = i >= step ? Int(row[i - step]) : 0
            let up = Int(above[i])
            let upLeft = i >= step ? Int(above[i - step]) : 0
            let prediction: Int
            switch filter {
            case 0: prediction = 0
            case 1: prediction = left
            case 2: prediction = up
            case 3: prediction = (left + up) / 2
            default: prediction = paeth(left, up, upLeft)
            }
            return UInt8(truncatingIfNeeded: Int(row[i]) - prediction)
        }
    }

    /// Rows from a small alphabet (equal neighbours, both ends of the byte range) plus some
    /// of any value, from a fixed seed.
    private static func rows(count: Int, bytes: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = [0, 1, 2, 127, 128, 200, 254, 255]
        return (0 ..< count).map { _ in
            (0 ..< bytes).map { _ in next() % 4 == 0 ? UInt8(truncatingIfNeeded: next()) : alphabet[Int(next() % 8)] }
        }
    }

    @Test("every filter, pixels of 1 to 4 bytes, rows of 1 to 67 pixels: the rows come back")
    func roundTrip() {
        for step in 1 ... 4 {
            for pixels in [1, 2, 3, 5, 16, 67] {
                let bytes = pixels * step
                let image = Self.rows(count: 24, bytes: bytes, seed: UInt64(step * 1000 + pixels))
                for filter: UInt8 in 0 ... 4 {
                    var above = [UInt8](repeating: 0, count: bytes)
                    for (y, row) in image.enumerated() {
                        let stored = Self.filtered(row, above: above, filter: filter, step: step)
                        var out = [UInt8](repeating: 0xAA, count: bytes)
                        let known = png_unfilter_row(filter, &out, stored, above, bytes, step)
                        #expect(known == 1)
                        let wrong = row.indices.first { out[$0] != row[$0] }.map { "byte \($0): \(out[$0]) for \(row[$0])" }
                        #expect(wrong == nil, "filter \(filter), \(step)-byte pixels, \(pixels) wide, row \(y): \(wrong ?? "")")
                        above = row
                    }
                }
            }
        }
    }

    @Test("an unknown filter is refused")
    func unknownFilter() {
        var out = [UInt8](repeating: 0, count: 3)
        #expect(png_unfilter_row(5, &out, [1, 2, 3], [0, 0, 0], 3, 3) == 0)
    }
}
