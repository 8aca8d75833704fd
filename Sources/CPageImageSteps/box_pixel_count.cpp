// Tesseract's ImageFind::CountPixelsInRotatedBox: how many pixels of the page's non-text mask
// are set inside a box. Layout analysis asks it for every neighbour of every text partition
// (ColPartitionGrid::SmoothInOneDirection, BlankImageInBetween), and each time it makes a 1-bit
// image of the box, copies the mask into it with a rasterop and counts the copy's pixels,
// building Leptonica's table of bit counts anew: 2-3% of a `figure` run. Here the set bits are
// counted in place, in the mask's own words.
//
// Only unrotated pages are counted here (rotation (1, 0), where Tesseract's rotation of the
// boxes leaves them as they are); vertical pages go to libtesseract's own. The boxes come by
// value as Tesseract's TBOX: four 16-bit coordinates (left, bottom, right, top) in one register,
// as libtesseract is built without LARGE_IMAGES; a mask whose size is not the image box's is
// taken as a sign of another layout and also left to libtesseract.
#include "page_image_steps.h"
#include "steps.h"

#include <leptonica/allheaders.h>

#include <atomic>
#include <cstdint>

#include "next_definition.h"

namespace {

// Tesseract's TBOX and FCOORD, as laid out by libtesseract.
struct TessBox {
    int16_t left, bottom, right, top;
};
struct TessCoord {
    float x, y;
};

typedef int (*count_pixels_in_rotated_box)(TessBox, const TessBox &, const TessCoord &, PIX *);

std::atomic<unsigned long> counted{0};

count_pixels_in_rotated_box tesseract_count() {
    static const auto entry = next_definition<count_pixels_in_rotated_box>(COUNT_PIXELS_IN_ROTATED_BOX);
    return entry;
}

// Set pixels of 1-bit `pix` in columns [x0, x1) of rows [y0, y1), all inside the image.
int count_set_pixels(PIX *pix, int x0, int y0, int x1, int y1) {
    const uint32_t *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    const int first_word = x0 >> 5, last_word = (x1 - 1) >> 5;
    // Leptonica's pixel j of a word is its bit 31 - j.
    const uint32_t first_mask = 0xFFFFFFFFu >> (x0 & 31);
    const uint32_t last_mask = 0xFFFFFFFFu << (31 - ((x1 - 1) & 31));
    int count = 0;
    for (int y = y0; y < y1; y++) {
        const uint32_t *line = data + static_cast<size_t>(y) * wpl;
        if (first_word == last_word) {
            count += __builtin_popcount(line[first_word] & first_mask & last_mask);
            continue;
        }
        count += __builtin_popcount(line[first_word] & first_mask);
        for (int word = first_word + 1; word < last_word; word++) count += __builtin_popcount(line[word]);
        count += __builtin_popcount(line[last_word] & last_mask);
    }
    return count;
}

}  // namespace

extern "C" int ow_count_pixels_in_rotated_box(TessBox box, const TessBox &image_box, const TessCoord &rotation, PIX *pix)
    __asm__(COUNT_PIXELS_IN_ROTATED_BOX);

extern "C" int ow_count_pixels_in_rotated_box(TessBox box, const TessBox &image_box, const TessCoord &rotation, PIX *pix) {
    const bool unrotated = rotation.x == 1.0f && rotation.y == 0.0f;
    if (!unrotated || pix == nullptr || pixGetDepth(pix) != 1 || pixGetWidth(pix) != image_box.right - image_box.left ||
        pixGetHeight(pix) != image_box.top - image_box.bottom) {
        count_pixels_in_rotated_box entry = tesseract_count();
        return entry != nullptr ? entry(box, image_box, rotation, pix) : 0;
    }
    // Tesseract's box &= image_box (boxes that do not overlap, edges touching counting as
    // overlap, become null), then its null_box test.
    if (!(image_box.left <= box.right && image_box.right >= box.left && image_box.bottom <= box.top &&
          image_box.top >= box.bottom)) {
        return 0;
    }
    int left = box.left > image_box.left ? box.left : image_box.left;
    int right = box.right < image_box.right ? box.right : image_box.right;
    int bottom = box.bottom > image_box.bottom ? box.bottom : image_box.bottom;
    int top = box.top < image_box.top ? box.top : image_box.top;
    if (left >= right || top <= bottom) return 0;
    // The mask's rows run down from the image box's top; the rasterop Tesseract copies the box
    // with clips it to the mask, so only the part inside the mask counts.
    int x0 = left - image_box.left, x1 = right - image_box.left;
    int y0 = image_box.top - top, y1 = image_box.top - bottom;
    if (x0 < 0) x0 = 0;
    if (y0 < 0) y0 = 0;
    if (x1 > pixGetWidth(pix)) x1 = pixGetWidth(pix);
    if (y1 > pixGetHeight(pix)) y1 = pixGetHeight(pix);
    counted.fetch_add(1, std::memory_order_relaxed);
    return x0 < x1 && y0 < y1 ? count_set_pixels(pix, x0, y0, x1, y1) : 0;
}

extern "C" unsigned long ow_page_image_steps_counted(void) { return counted.load(); }

extern "C" int ow_page_image_steps_count_in_box(const int16_t box[4], const int16_t image_box[4], float rotation_x,
                                                float rotation_y, PIX *mask, int tesseracts) {
    TessBox page{image_box[0], image_box[1], image_box[2], image_box[3]};
    TessCoord rotation{rotation_x, rotation_y};
    TessBox counted_box{box[0], box[1], box[2], box[3]};
    if (!tesseracts) return ow_count_pixels_in_rotated_box(counted_box, page, rotation, mask);
    count_pixels_in_rotated_box entry = tesseract_count();
    return entry != nullptr ? entry(counted_box, page, rotation, mask) : -1;
}

bool box_pixel_count_bound() {
    return binds_here(COUNT_PIXELS_IN_ROTATED_BOX, reinterpret_cast<void *>(&ow_count_pixels_in_rotated_box));
}
