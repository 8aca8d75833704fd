// Three steps libtesseract takes on every page it lays out, done here with less memory and time
// and the same results. Each definition is exported from the executable, so libtesseract's calls
// bind to it (through its PLT, and for the virtual GetPixRectThresholds through its vtable's
// symbolic relocation); each hands any case it does not cover to libtesseract's or Leptonica's
// own definition, found with dlsym(RTLD_NEXT).
//
// - ImageThresholder::ThresholdRectToPix: Tesseract's Otsu thresholding of a grey page takes
//   the pixels one at a time (1.7% of a `fast` batch); CLeptonicaReplicas' row thresholding
//   does the same comparison 32 pixels a step.
// - ImageThresholder::GetPixRectThresholds: Tesseract keeps, beside every grey page, a
//   full-size 8-bit image holding one value, the page's Otsu threshold, only to read it back at
//   blob centres (BLOBNBOX::ComputeEdgeOffsets), which divide their coordinates by the ratio of
//   the page's width to that image's. A reduced image with the same value reads the same: a
//   byte a pixel less (21 MB on a 21-megapixel figure), and no page-sized fill.
// - pixBlockconv: Tesseract blurs its text-line projection with it; Leptonica's builds a table
//   of sums of 4 bytes a pixel first (CLeptonicaReplicas' ow_blockconv_gray does not).
//
// Tesseract's Image is a class holding only a Pix pointer, with default copy and destruction,
// so the C++ ABI passes and returns it as that pointer; Image* is a pointer to it.
#include "page_image_steps.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>

#include <atomic>
#include <vector>

#include "blockconv.h"
#include "threshold.h"

#define THRESHOLD_RECT_TO_PIX "_ZNK9tesseract16ImageThresholder18ThresholdRectToPixENS_5ImageEiRKSt6vectorIiSaIiEES6_PS1_"
#define GET_PIX_RECT_THRESHOLDS "_ZN9tesseract16ImageThresholder20GetPixRectThresholdsEv"
#define GET_IMAGE_SIZES "_ZN9tesseract16ImageThresholder13GetImageSizesEPiS1_S1_S1_S1_S1_"
#define GET_PIX_RECT "_ZN9tesseract16ImageThresholder10GetPixRectEv"
#define OTSU_THRESHOLD "_ZN9tesseract13OtsuThresholdENS_5ImageEiiiiRSt6vectorIiSaIiEES4_"

typedef void (*threshold_rect_to_pix)(const void *, PIX *, int, const std::vector<int> &, const std::vector<int> &, PIX **);
typedef PIX *(*get_pix_rect_thresholds)(void *);
typedef PIX *(*blockconv)(PIX *, l_int32, l_int32);

extern "C" {
// The definitions libtesseract's calls bind to, under the mangled names of the members.
void ow_threshold_rect_to_pix(const void *thresholder, PIX *src, int channels, const std::vector<int> &thresholds,
                              const std::vector<int> &hi_values, PIX **out) __asm__(THRESHOLD_RECT_TO_PIX);
PIX *ow_get_pix_rect_thresholds(void *thresholder) __asm__(GET_PIX_RECT_THRESHOLDS);

// libtesseract's own members this calls (the base class's: TessBaseAPI uses no other).
void tesseract_get_image_sizes(void *thresholder, int *left, int *top, int *width, int *height, int *image_width,
                               int *image_height) __asm__(GET_IMAGE_SIZES);
PIX *tesseract_get_pix_rect(void *thresholder) __asm__(GET_PIX_RECT);
int tesseract_otsu_threshold(PIX *src, int left, int top, int width, int height, std::vector<int> &thresholds,
                             std::vector<int> &hi_values) __asm__(OTSU_THRESHOLD);
}

namespace {

std::atomic<unsigned long> thresholded{0}, reduced_thresholds{0}, blurred{0};

// The next definition of `name` after this executable's (libtesseract's or Leptonica's).
template <typename Entry> Entry next_definition(const char *name) {
    static_assert(sizeof(Entry) == sizeof(void *));
    return reinterpret_cast<Entry>(dlsym(RTLD_NEXT, name));
}

threshold_rect_to_pix tesseract_threshold_rect_to_pix() {
    static const threshold_rect_to_pix entry = next_definition<threshold_rect_to_pix>(THRESHOLD_RECT_TO_PIX);
    return entry;
}

get_pix_rect_thresholds tesseract_get_pix_rect_thresholds() {
    static const get_pix_rect_thresholds entry = next_definition<get_pix_rect_thresholds>(GET_PIX_RECT_THRESHOLDS);
    return entry;
}

blockconv leptonica_blockconv() {
    static const blockconv entry = next_definition<blockconv>("pixBlockconv");
    return entry;
}

// A size for the image of thresholds of a `width` x `height` page, about a sixteenth of it each
// way, such that ComputeEdgeOffsets' reading of it stays inside it. It divides a blob centre's
// x and y (at most `width` and `height`) by round(width / reduced width) and flips y.
void reduced_size(int width, int height, int *reduced_width, int *reduced_height) {
    for (int step = 16; step > 1; step--) {
        int candidate = (width + step) / step;  // at least (width + 1) / step, rounded up
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
    threshold_rect_to_pix entry = tesseract_threshold_rect_to_pix();
    // libtesseract defines it (it is what called here); without it, leave the page white.
    if (entry == nullptr) {
        *out = pixCreate(width, height, 1);
        return;
    }
    entry(thresholder, src, channels, thresholds, hi_values, out);
}

extern "C" PIX *ow_get_pix_rect_thresholds(void *thresholder) {
    PIX *grey = tesseract_get_pix_rect(thresholder);
    // A binary page has no thresholds (Tesseract's IsBinary: a 1-bit page).
    if (grey != nullptr && pixGetDepth(grey) == 1) {
        pixDestroy(&grey);
        return nullptr;
    }
    if (grey == nullptr || pixGetDepth(grey) != 8 || pixGetColormap(grey) != nullptr) {
        // Colour: Tesseract converts it to grey for the threshold; left to it.
        pixDestroy(&grey);
        get_pix_rect_thresholds entry = tesseract_get_pix_rect_thresholds();
        return entry != nullptr ? entry(thresholder) : nullptr;
    }
    int width = pixGetWidth(grey), height = pixGetHeight(grey);
    std::vector<int> thresholds, hi_values;
    tesseract_otsu_threshold(grey, 0, 0, width, height, thresholds, hi_values);
    pixDestroy(&grey);
    int reduced_width, reduced_height;
    reduced_size(width, height, &reduced_width, &reduced_height);
    PIX *pix = pixCreate(reduced_width, reduced_height, 8);
    if (pix == nullptr) return nullptr;
    pixSetAllArbitrary(pix, thresholds.empty() || thresholds[0] <= 0 ? 128 : thresholds[0]);
    reduced_thresholds.fetch_add(1, std::memory_order_relaxed);
    return pix;
}

extern "C" PIX *pixBlockconv(PIX *pix, l_int32 wc, l_int32 hc) {
    if (PIX *blurred_pix = ow_blockconv_gray(pix, wc, hc)) {
        blurred.fetch_add(1, std::memory_order_relaxed);
        return blurred_pix;
    }
    blockconv entry = leptonica_blockconv();
    return entry != nullptr ? entry(pix, wc, hc) : nullptr;
}

extern "C" int ow_page_image_steps_bound(void) {
    return dlsym(RTLD_DEFAULT, THRESHOLD_RECT_TO_PIX) == reinterpret_cast<void *>(&ow_threshold_rect_to_pix) &&
           dlsym(RTLD_DEFAULT, GET_PIX_RECT_THRESHOLDS) == reinterpret_cast<void *>(&ow_get_pix_rect_thresholds) &&
           dlsym(RTLD_DEFAULT, "pixBlockconv") == reinterpret_cast<void *>(&pixBlockconv);
}

extern "C" unsigned long ow_page_image_steps_thresholded(void) { return thresholded.load(); }
extern "C" unsigned long ow_page_image_steps_reduced_thresholds(void) { return reduced_thresholds.load(); }
extern "C" unsigned long ow_page_image_steps_blurred(void) { return blurred.load(); }
