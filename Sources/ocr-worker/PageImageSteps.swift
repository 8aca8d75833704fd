import CPageImageSteps

/// Whether libtesseract's one-channel thresholding, its image of thresholds, Leptonica's
/// `pixBlockconv` and libtesseract's count of mask pixels in a box are the executable's own
/// (`CPageImageSteps`: same results, less memory and time), and how often each ran so far.
enum PageImageSteps {
    /// True when libtesseract's calls to all four reach the executable's definitions.
    static var isBound: Bool { ow_page_image_steps_bound() != 0 }

    /// Pages thresholded 32 pixels a step, images of thresholds made small, blurs done without
    /// a table of sums, and boxes whose mask pixels were counted in place, in this process so far.
    static var counts: (thresholded: UInt, reducedThresholds: UInt, blurred: UInt, counted: UInt) {
        (UInt(ow_page_image_steps_thresholded()), UInt(ow_page_image_steps_reduced_thresholds()), UInt(ow_page_image_steps_blurred()),
         UInt(ow_page_image_steps_counted()))
    }
}
