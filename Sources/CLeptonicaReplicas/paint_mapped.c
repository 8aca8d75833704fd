// Two steps of the figure recipe's preparation rewrite only the pixels under a mask, each
// through one map of levels: `whiten` stretches every fill by its own white point, and `invert`
// turns dark fills over (or stretches those with darker text upright). With Leptonica each made images the size of the region's or the fills'
// bounding box (the crop, its inversion, its stretch, a constant white-point image) and then
// combined them under the mask into a copy of the page. Here each pixel under the mask's set
// bits is written once, through a 256-entry map that Leptonica's own functions give a ramp of
// every level; so the maps are Leptonica's, level for level.
#include "paint_mapped.h"

#include "mask_row.h"
#include "pixel_bytes.h"

#include <stdint.h>

// One row of the page being painted, the source row under it and the map, with the mask's
// left edge at `x`.
struct mapped_row {
    uint8_t *line;
    const uint8_t *from;
    const l_uint8 *map;
    int x;
};

static inline void map_word(void *context, int first) {
    const struct mapped_row *row = context;
    for (int j = row->x + first; j < row->x + first + 32; j++) row->line[BYTE_INDEX(j)] = row->map[row->from[BYTE_INDEX(j)]];
}

static inline void map_pixel(void *context, int j) {
    const struct mapped_row *row = context;
    row->line[BYTE_INDEX(row->x + j)] = row->map[row->from[BYTE_INDEX(row->x + j)]];
}

int ow_paint_mapped(PIX *pixd, PIX *pixs, PIX *mask, l_int32 x, l_int32 y, const l_uint8 map[256]) {
    if (!pixd || !pixs || !mask || !map || pixGetDepth(pixd) != 8 || pixGetDepth(pixs) != 8 || pixGetDepth(mask) != 1) return 1;
    if (pixGetColormap(pixd) || pixGetColormap(pixs)) return 1;
    const int w = pixGetWidth(pixd), h = pixGetHeight(pixd);
    const int mw = pixGetWidth(mask), mh = pixGetHeight(mask);
    if (pixGetWidth(pixs) != w || pixGetHeight(pixs) != h) return 1;
    if (x < 0 || y < 0 || x > w - mw || y > h - mh) return 1;
    const size_t dpl = (size_t)pixGetWpl(pixd) * 4, spl = (size_t)pixGetWpl(pixs) * 4;
    const int mask_words = pixGetWpl(mask);
    uint8_t *page = (uint8_t *)pixGetData(pixd);
    const uint8_t *source = (const uint8_t *)pixGetData(pixs);
    const l_uint32 *bits = pixGetData(mask);
    for (int i = 0; i < mh; i++) {
        struct mapped_row row = {page + (size_t)(y + i) * dpl, source + (size_t)(y + i) * spl, map, x};
        walk_mask_row(bits + (size_t)i * mask_words, mw, &row, map_word, map_pixel);
    }
    return 0;
}

// A 256 x 1 ramp of every level, turned over when asked.
static PIX *ramp(int turned) {
    PIX *ramp = pixCreate(256, 1, 8);
    if (!ramp) return NULL;
    for (int v = 0; v < 256; v++) pixSetPixel(ramp, v, 0, (l_uint32)v);
    if (turned && !pixInvert(ramp, ramp)) pixDestroy(&ramp);
    return ramp;
}

// map[v] = the ramp's pixel v of `levels`, which is destroyed. 0 when read.
static int read_levels(PIX *levels, l_uint8 map[256]) {
    int failed = levels == NULL;
    for (int v = 0; v < 256 && !failed; v++) {
        l_uint32 value = 0;
        failed = pixGetPixel(levels, v, 0, &value) != 0;
        map[v] = (l_uint8)value;
    }
    pixDestroy(&levels);
    return failed;
}

int ow_turned_levels(l_int32 white, l_uint8 map[256]) {
    PIX *levels = ramp(1);
    if (!levels) return 1;
    PIX *stretched = pixGammaTRC(NULL, levels, 1.0, 0, white);
    pixDestroy(&levels);
    return read_levels(stretched, map);
}

int ow_stretched_levels(l_int32 black, l_int32 white, l_uint8 map[256]) {
    PIX *levels = ramp(0);
    if (!levels) return 1;
    PIX *stretched = pixGammaTRC(NULL, levels, 1.0, black, white);
    pixDestroy(&levels);
    return read_levels(stretched, map);
}

int ow_whitened_levels(l_int32 white, int turned, l_uint8 map[256]) {
    PIX *levels = ramp(turned), *white_point = pixCreate(256, 1, 8);
    PIX *stretched = NULL;
    if (levels && white_point && pixSetAllArbitrary(white_point, (l_uint32)white) == 0)
        stretched = pixApplyVariableGrayMap(levels, white_point, 255);
    pixDestroy(&levels);
    pixDestroy(&white_point);
    return read_levels(stretched, map);
}
