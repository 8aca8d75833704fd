import CLeptonicaReplicas
import CTesseract
import Foundation
@testable import Tesseract
import Testing

/// CLeptonicaReplicas' block convolution, which the executable gives libtesseract for
/// Leptonica's `pixBlockconv` (CPageImageSteps), must give `pixBlockconvGray` byte for byte: the
/// window sums near every edge (where Leptonica leaves out the first row and column), the
/// normalisation of those sums and its clamping at 255 included.
@Suite("Block convolution")
struct BlockconvTests {
    /// Whether `ow_blockconv_gray` gives what Leptonica gives for `image` and the kernel.
    private static func blursAsLeptonica(_ image: Image, wc: Int, hc: Int) throws -> Bool {
        let ours = Image(owning: try #require(ow_blockconv_gray(image.pix, Int32(wc), Int32(hc))), toSource: .identity)
        let reference = Image(owning: try #require(pixBlockconvGray(image.pix, nil, Int32(wc), Int32(hc))), toSource: .identity)
        return LeptonicaReplica.same(ours, reference) && ours.depth == 8
    }

    @Test("equals Leptonica's for kernels from 1 to 8, on images from the kernel's own size up", arguments: [(1, 1), (2, 1), (1, 3), (3, 3), (8, 5)])
    func equalsLeptonica(kernel: (Int, Int)) throws {
        let (wc, hc) = kernel
        let smallest = (2 * wc + 1, 2 * hc + 1)
        for (width, height) in [smallest, (smallest.0 + 1, smallest.1 + 2), (61, 37), (64, 40), (203, 19), (33, 97)] {
            let image = try LeptonicaReplica.noisy(width: width, height: height, seed: UInt64(width * 31 + height + wc))
            #expect(try Self.blursAsLeptonica(image, wc: wc, hc: hc), "kernel \(wc)x\(hc), \(width)x\(height)")
        }
    }

    @Test("equals Leptonica's on a drawn figure's grey")
    func equalsLeptonicaOnFigure() throws {
        let grey = try LeptonicaReplica.drawnFigureGrey()
        for (wc, hc) in [(1, 1), (4, 2)] {
            #expect(try Self.blursAsLeptonica(grey, wc: wc, hc: hc), "kernel \(wc)x\(hc)")
        }
    }

    @Test("leaves to Leptonica what it does not do: kernels larger than the image or below 1, other depths")
    func leavesOtherCases() throws {
        let small = try LeptonicaReplica.noisy(width: 4, height: 9, seed: 5)
        #expect(ow_blockconv_gray(small.pix, 2, 1) == nil)
        #expect(ow_blockconv_gray(small.pix, 1, 0) == nil)
        let binary = try small.binarized(threshold: 128)
        #expect(ow_blockconv_gray(binary.pix, 1, 1) == nil)
    }
}
