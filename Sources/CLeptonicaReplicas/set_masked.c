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

#include "pixel_bytes.h"

#include <stdint.h>
#include <string.h>

int ow_set_masked(PIX *pixd, PIX *pixm, l_uint32 val) {
    if (!pixd || !pixm || pixGetDepth(pixd) != 8 || pixGetColormap(pixd) || pixGetDepth(pixm) != 1) {
        return pixSetMasked(pixd, pixm, val);
    }
    const int w = L_MIN(pixGetWidth(pixd), pixGetWidth(pixm));
    const int h = L_MIN(pixGetHeight(pixd), pixGetHeight(pixm));
    const uint8_t value = (uint8_t)(val & 0xff);
    const size_t bytes_per_line = (size_t)pixGetWpl(pixd) * 4;
    const int mask_words = pixGetWpl(pixm);
    uint8_t *page = (uint8_t *)pixGetData(pixd);
    const l_uint32 *mask = pixGetData(pixm);
    const int words = (w + 31) / 32;
    for (int i = 0; i < h; i++) {
        uint8_t *line = page + (size_t)i * bytes_per_line;
        const l_uint32 *bits = mask + (size_t)i * mask_words;
        for (int k = 0; k < words; k++) {
            uint32_t m = bits[k];
            if (m == 0) continue;
            const int first = 32 * k;
            if (m == 0xFFFFFFFFu && first + 32 <= w) {
                memset(line + first, value, 32);
                continue;
            }
            // Pixel first + b is bit 31 - b: most significant first.
            while (m != 0) {
                const int b = __builtin_clz(m);
                const int j = first + b;
                if (j >= w) break;
                line[BYTE_INDEX(j)] = value;
                m &= ~(0x80000000u >> b);
            }
        }
    }
    return 0;
}
