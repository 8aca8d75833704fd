// The `invert` step of the figure recipe's preparation turns dark fills over so their light
// text comes out dark on white. With Leptonica that was four images the size of the fills'
// bounding box (often most of the upscaled figure): the crop, its inversion, its stretch to
// white, and a copy of the page to combine it into under the fills' mask. Here each pixel
// under the mask's set words is written once, through a 256-entry map that Leptonica's own
// inversion and stretch give a ramp of every level.
#include "paint_turned.h"

#include "pixel_bytes.h"

#include <stdint.h>

// map[v] = the level `v` becomes: Leptonica's pixInvert then pixGammaTRC(1.0, 0, white), run on
// one pixel of each level. 0 when found.
static int turned_levels(l_int32 white, uint8_t map[256]) {
    PIX *ramp = pixCreate(256, 1, 8);
    if (!ramp) return 1;
    for (int v = 0; v < 256; v++) pixSetPixel(ramp, v, 0, (l_uint32)v);
    PIX *inverted = pixInvert(NULL, ramp);
    PIX *stretched = inverted ? pixGammaTRC(NULL, inverted, 1.0, 0, white) : NULL;
    int failed = stretched == NULL;
    for (int v = 0; v < 256 && !failed; v++) {
        l_uint32 value = 0;
        failed = pixGetPixel(stretched, v, 0, &value) != 0;
        map[v] = (uint8_t)value;
    }
    pixDestroy(&ramp);
    pixDestroy(&inverted);
    pixDestroy(&stretched);
    return failed;
}

int ow_paint_turned(PIX *pixd, PIX *pixs, PIX *mask, l_int32 white) {
    if (!pixd || !pixs || !mask || pixGetDepth(pixd) != 8 || pixGetDepth(pixs) != 8 || pixGetDepth(mask) != 1) return 1;
    if (pixGetColormap(pixd) || pixGetColormap(pixs)) return 1;
    const int w = pixGetWidth(pixd), h = pixGetHeight(pixd);
    if (pixGetWidth(pixs) != w || pixGetHeight(pixs) != h || pixGetWidth(mask) != w || pixGetHeight(mask) != h) return 1;
    uint8_t map[256];
    if (turned_levels(white, map)) return 1;
    const size_t dpl = (size_t)pixGetWpl(pixd) * 4, spl = (size_t)pixGetWpl(pixs) * 4;
    const int mask_words = pixGetWpl(mask), words = (w + 31) / 32;
    uint8_t *page = (uint8_t *)pixGetData(pixd);
    const uint8_t *source = (const uint8_t *)pixGetData(pixs);
    const l_uint32 *bits = pixGetData(mask);
    for (int i = 0; i < h; i++) {
        uint8_t *line = page + (size_t)i * dpl;
        const uint8_t *from = source + (size_t)i * spl;
        const l_uint32 *row = bits + (size_t)i * mask_words;
        for (int k = 0; k < words; k++) {
            uint32_t m = row[k];
            // Pixel 32k + b is bit 31 - b, most significant first; the row's padding is skipped.
            while (m != 0) {
                const int b = __builtin_clz(m);
                const int j = 32 * k + b;
                if (j >= w) break;
                line[BYTE_INDEX(j)] = map[from[BYTE_INDEX(j)]];
                m &= ~(0x80000000u >> b);
            }
        }
    }
    return 0;
}
