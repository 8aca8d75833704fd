// Leptonica 1.82's pixSetMasked for 8-bit grey. For the values 0 and 255 it unpacks the 1-bit
// mask into a full 8-bit image and rasterops it into the page; for others it tests every bit of
// the mask. The figure recipe paints the lines' mask white this way over its upscaled figure
// (up to 24 megapixels), where the mask is mostly clear: the unpacked copy alone is 24 MB.
//
// Here only the mask's nonzero words are visited: a full word sets its 32 pixels at once (they
// are 8 whole 32-bit words of the page, whatever the byte order), any other its set bits one by
// one. The pixels set and the value they get are Leptonica's in every case; pixels past the
// narrower image's width or height are left, as there.
#include "set_masked.h"

#include "mask_row.h"
#include "pixel_bytes.h"

#include <stdint.h>
#include <string.h>

// One row of the page being painted.
struct painted_row {
    uint8_t *line;
    uint8_t value;
};

static inline void set_word(void *context, int first) {
    const struct painted_row *row = context;
    memset(row->line + first, row->value, 32);
}

static inline void set_pixel(void *context, int j) {
    const struct painted_row *row = context;
    row->line[BYTE_INDEX(j)] = row->value;
}

int ow_set_masked(PIX *pixd, PIX *pixm, l_uint32 val) {
    if (!pixd || !pixm || pixGetDepth(pixd) != 8 || pixGetColormap(pixd) || pixGetDepth(pixm) != 1) {
        return pixSetMasked(pixd, pixm, val);
    }
    const int w = L_MIN(pixGetWidth(pixd), pixGetWidth(pixm));
    const int h = L_MIN(pixGetHeight(pixd), pixGetHeight(pixm));
    const size_t bytes_per_line = (size_t)pixGetWpl(pixd) * 4;
    const int mask_words = pixGetWpl(pixm);
    uint8_t *page = (uint8_t *)pixGetData(pixd);
    const l_uint32 *mask = pixGetData(pixm);
    for (int i = 0; i < h; i++) {
        // A full word's 32 pixels are 8 whole 32-bit words of the page, whatever the byte order.
        struct painted_row row = {page + (size_t)i * bytes_per_line, (uint8_t)(val & 0xff)};
        walk_mask_row(mask + (size_t)i * mask_words, w, &row, set_word, set_pixel);
    }
    return 0;
}
