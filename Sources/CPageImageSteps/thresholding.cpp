// Tesseract's thresholding of a grey page (TessBaseAPI::Threshold, Otsu's method), with the
// same results and less time and memory. Both are virtual members of ImageThresholder;
// libtesseract calls ThresholdRectToPix through its PLT and GetPixRectThresholds through its
// vtable, whose entry is a symbolic relocation: both bind to these exported definitions.
//
// - ThresholdRectToPix compares each pixel with the Otsu level one at a time (1.7% of a `fast`
//   batch); CLeptonicaReplicas' row thresholding makes the same comparison 32 pixels a step.
// - GetPixRectThresholds makes a full-size 8-bit image holding one value, the page's Otsu
//   level, which is only read back at blob centres (BLOBNBOX::ComputeEdgeOffsets) after dividing
//   their coordinates by round(page width / image width). An image about a sixteenth of the
//   page each way with the same value reads the same: a byte a pixel less (21 MB on a
//   21-megapixel figure), and no page-sized fill. Its Otsu level is the one ThresholdRectToPix
//   was just given for the same page (TessBaseAPI::Threshold calls the two in turn), so that
//   page's histogram is not made a second time (1% of a run).
//
// Tesseract's Image is a class holding only a Pix pointer, with default copy and destruction,
// so the C++ ABI passes and returns it as that pointer; Image* is a pointer to it.
#include "page_image_steps.h"
#include "steps.h"

#include <leptonica/allheaders.h>

#include <atomic>
#include <vector>

#include "next_definition.h"
#include "threshold.h"

#define GET_IMAGE_SIZES "_ZN9tesseract16ImageThresholder13GetImageSizesEPiS1_S1_S1_S1_S1_"
#define GET_PIX_RECT "_ZN9tesseract16ImageThresholder10GetPixRectEv"
#define OTSU_THRESHOLD "_ZN9tesseract13OtsuThresholdENS_5ImageEiiiiRSt6vectorIiSaIiEES4_"

typedef void (*threshold_rect_to_pix)(const void *, PIX *, int, const std::vector<int> &, const std::vector<int> &, PIX **);
typedef PIX *(*get_pix_rect_thresholds)(void *);

extern "C" {
// The definitions libtesseract's calls bind to, under the mangled names of the members.
void ow_threshold_rect_to_pix(const void *thresholder, PIX *src, int channels, const std::vector<int> &thresholds,
                              const std::vector<int> &hi_values, PIX **out) __asm__(THRESHOLD_RECT_TO_PIX);
PIX *ow_get_pix_rect_thresholds(void *thresholder) __asm__(GET_PIX_RECT_THRESHOLDS);

// libtesseract's own members these call (the base class's: TessBaseAPI uses no other).
void tesseract_get_image_sizes(void *thresholder, int *left, int *top, int *width, int *height, int *image_width,
                               int *image_height) __asm__(GET_IMAGE_SIZES);
PIX *tesseract_get_pix_rect(void *thresholder) __asm__(GET_PIX_RECT);
int tesseract_otsu_threshold(PIX *src, int left, int top, int width, int height, std::vector<int> &thresholds,
                             std::vector<int> &hi_values) __asm__(OTSU_THRESHOLD);
}

namespace {

std::atomic<unsigned long> thresholded{0}, reduced{0};

// The Otsu level ThresholdRectToPix was last given in this thread, and the whole grey page it
// was computed over: GetPixRectThresholds, which TessBaseAPI::Threshold calls next for the same
// page, takes it instead of computing it again. Taken once, then forgotten.
struct LastLevel {
    const l_uint32 *pixels = nullptr;
    int width = 0, height = 0, level = 0;
};
thread_local LastLevel last_level;

// A size for the image of thresholds of a `width` x `height` page, about a sixteenth of it each
// way, such that ComputeEdgeOffsets' reading of it stays inside it: it divides a blob centre's
// x and y (at most `width` and `height`) by round(width / reduced width), and flips y.
void reduced_size(int width, int height, int *reduced_width, int *reduced_height) {
    for (int step = 16; step > 1; step--) {
        int candidate = (width + step) / step;
        int divisor = static_cast<int>(static_cast<double>(width) / candidate + 0.5);
        if (divisor >= 1 && width / divisor < candidate) {
            *reduced_width = candidate;
            *reduced_height = height / divisor + 1;
            return;
        }
    }
    *reduced_width = width + 1;
    *reduced_height = height + 1;
}

}  // namespace

extern "C" void ow_threshold_rect_to_pix(const void *thresholder, PIX *src, int channels, const std::vector<int> &thresholds,
                                         const std::vector<int> &hi_values, PIX **out) {
    int left, top, width, height, image_width, image_height;
    tesseract_get_image_sizes(const_cast<void *>(thresholder), &left, &top, &width, &height, &image_width, &image_height);
    last_level = LastLevel();
    if (channels == 1 && !thresholds.empty() && left == 0 && top == 0 && width == pixGetWidth(src) && height == pixGetHeight(src)) {
        last_level = LastLevel{pixGetData(src), width, height, thresholds[0]};
    }
    // Tesseract's rule for one channel: a pixel is black when hi_values[0] >= 0 and
    // (pixel > threshold) == (hi_values[0] == 0), that is below threshold + 1, or not below it
    // when hi_values[0] is 0. A negative hi_value (all white) and colour are left to it.
    if (channels == 1 && !thresholds.empty() && !hi_values.empty() && hi_values[0] >= 0) {
        PIX *pix = ow_threshold_region(src, left, top, width, height, thresholds[0] + 1, hi_values[0] == 0);
        if (pix != nullptr) {
            pixSetXRes(pix, pixGetXRes(src));
            pixSetYRes(pix, pixGetYRes(src));
            *out = pix;
            thresholded.fetch_add(1, std::memory_order_relaxed);
            return;
        }
    }
    static const auto tesseract_entry = next_definition<threshold_rect_to_pix>(THRESHOLD_RECT_TO_PIX);
    // libtesseract defines it (it is what called here); should it not, fail as Leptonica does
    // without memory, with no image.
    if (tesseract_entry == nullptr) {
        *out = nullptr;
        return;
    }
    tesseract_entry(thresholder, src, channels, thresholds, hi_values, out);
}

extern "C" PIX *ow_get_pix_rect_thresholds(void *thresholder) {
    PIX *grey = tesseract_get_pix_rect(thresholder);
    // A binary page has no thresholds (Tesseract's IsBinary: a 1-bit page).
    if (grey != nullptr && pixGetDepth(grey) == 1) {
        pixDestroy(&grey);
        return nullptr;
    }
    if (grey == nullptr || pixGetDepth(grey) != 8 || pixGetColormap(grey) != nullptr) {
        // Colour: Tesseract converts it to grey for the level; left to it.
        pixDestroy(&grey);
        static const auto tesseract_entry = next_definition<get_pix_rect_thresholds>(GET_PIX_RECT_THRESHOLDS);
        return tesseract_entry != nullptr ? tesseract_entry(thresholder) : nullptr;
    }
    int width = pixGetWidth(grey), height = pixGetHeight(grey);
    int level;
    if (last_level.pixels == pixGetData(grey) && last_level.width == width && last_level.height == height) {
        level = last_level.level;
    } else {
        std::vector<int> thresholds, hi_values;
        tesseract_otsu_threshold(grey, 0, 0, width, height, thresholds, hi_values);
        level = thresholds.empty() ? 0 : thresholds[0];
    }
    last_level = LastLevel();
    pixDestroy(&grey);
    int reduced_width, reduced_height;
    reduced_size(width, height, &reduced_width, &reduced_height);
    PIX *pix = pixCreate(reduced_width, reduced_height, 8);
    if (pix == nullptr) return nullptr;
    pixSetAllArbitrary(pix, level > 0 ? level : 128);
    reduced.fetch_add(1, std::memory_order_relaxed);
    return pix;
}

extern "C" unsigned long ow_page_image_steps_thresholded(void) { return thresholded.load(); }
extern "C" unsigned long ow_page_image_steps_reduced_thresholds(void) { return reduced.load(); }

bool thresholding_bound() {
    return binds_here(THRESHOLD_RECT_TO_PIX, reinterpret_cast<void *>(&ow_threshold_rect_to_pix)) &&
           binds_here(GET_PIX_RECT_THRESHOLDS, reinterpret_cast<void *>(&ow_get_pix_rect_thresholds));
}
