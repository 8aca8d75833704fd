// One row of a 1-bit mask walked for the painters under a mask (set_masked.c, paint_mapped.c):
// only its nonzero words are visited, a word with all 32 bits set inside the row is handed over
// whole (inside a fill or a line, most set pixels come so), any other bit by bit. Pixel 32k + b
// of the row is bit 31 - b of word k, most significant first; the padding bits past `width`
// are never handed over, whatever they hold.
#ifndef OCR_WORKER_MASK_ROW_H
#define OCR_WORKER_MASK_ROW_H

#include <leptonica/allheaders.h>

#include <stdint.h>

// Calls `word(context, first)` for each full word (pixels first ..< first + 32) and
// `pixel(context, j)` for each other set pixel j < `width`. Static and inline, so the calls go
// straight into each painter's loop.
static inline void walk_mask_row(const l_uint32 *bits, int width, void *context,
                                 void (*word)(void *context, int first), void (*pixel)(void *context, int j)) {
    const int words = (width + 31) / 32;
    for (int k = 0; k < words; k++) {
        uint32_t m = bits[k];
        if (m == 0) continue;
        const int first = 32 * k;
        if (m == 0xFFFFFFFFu && first + 32 <= width) {
            word(context, first);
            continue;
        }
        while (m != 0) {
            const int b = __builtin_clz(m);
            if (first + b >= width) break;
            pixel(context, first + b);
            m &= ~(0x80000000u >> b);
        }
    }
}

#endif
