// Lanczos (3 lobes) enlargement of 8-bit grey: the figure recipe scales small print up by as
// much as 4 before Tesseract reads it, and linear interpolation draws the edges of letters of
// 5-7 px capitals in straight pieces, a kink at each source pixel, which Tesseract read less
// well (see FigurePreparer.scaledIfNeeded).
//
// Separable: each source row is widened to the destination's width, then each destination
// row is the weighted sum of 6 widened rows. The destination rows need source rows in rising
// order, 6 consecutive ones at a time, so the widened rows are kept in a ring of 8 (each
// widened once): the whole widened table, a float for each destination pixel over the scale,
// would have been up to 68 MB beside a page at the preparation's 24-megapixel bound. The
// weights of each destination column and row, and the source indices they apply to (held to
// the edges), are computed once.
#include "lanczos_scale.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

enum { TAPS = 6, RING = 8 };

static double lanczos3(double x) {
    if (x == 0.0) return 1.0;
    if (x <= -3.0 || x >= 3.0) return 0.0;
    const double px = M_PI * x;
    return 3.0 * sin(px) * sin(px / 3.0) / (px * px);
}

// For each of `count` destination positions, the TAPS source indices (held to 0..size-1) and
// their weights (summing to 1), for a destination `ratio` times the source's size.
static void filter(int32_t size, int32_t count, double ratio, int32_t *index, float *weight) {
    for (int32_t j = 0; j < count; j++) {
        const double centre = (j + 0.5) / ratio - 0.5;
        const int32_t first = (int32_t)floor(centre) - (TAPS / 2 - 1);
        double w[TAPS], sum = 0;
        for (int t = 0; t < TAPS; t++) {
            w[t] = lanczos3(centre - (first + t));
            sum += w[t];
        }
        for (int t = 0; t < TAPS; t++) {
            const int32_t i = first + t;
            index[j * TAPS + t] = i < 0 ? 0 : i >= size ? size - 1 : i;
            weight[j * TAPS + t] = (float)(w[t] / sum);
        }
    }
}

// The source `row` (`ws` pixels, unpacked into `line`) widened into `out` (`wd` floats),
// through the columns' filter.
static void widen(const l_uint32 *row, int32_t ws, int32_t wd, const int32_t *columns, const float *weights,
                  uint8_t *line, float *out) {
    for (int32_t x = 0; x < ws; x++) line[x] = (uint8_t)GET_DATA_BYTE(row, x);
    for (int32_t j = 0; j < wd; j++) {
        const int32_t *index = columns + (size_t)j * TAPS;
        const float *weight = weights + (size_t)j * TAPS;
        float value = 0;
        for (int t = 0; t < TAPS; t++) value += weight[t] * line[index[t]];
        out[j] = value;
    }
}

PIX *ow_lanczos_scale(PIX *pixs, float scale) {
    if (!pixs || pixGetDepth(pixs) != 8 || pixGetColormap(pixs) || !(scale > 1.0f)) return NULL;
    const int32_t ws = pixGetWidth(pixs), hs = pixGetHeight(pixs);
    const int32_t wd = (int32_t)(scale * (l_float32)ws + 0.5), hd = (int32_t)(scale * (l_float32)hs + 0.5);
    PIX *pixd = pixCreate(wd, hd, 8);
    int32_t *columns = malloc((size_t)wd * TAPS * sizeof(int32_t));
    int32_t *rows = malloc((size_t)hd * TAPS * sizeof(int32_t));
    float *column_weights = malloc((size_t)wd * TAPS * sizeof(float));
    float *row_weights = malloc((size_t)hd * TAPS * sizeof(float));
    float *ring = malloc((size_t)wd * RING * sizeof(float));
    float *sum = malloc((size_t)wd * sizeof(float));
    uint8_t *line = malloc((size_t)ws);
    int32_t held[RING];
    if (!pixd || !columns || !rows || !column_weights || !row_weights || !ring || !sum || !line) {
        free(columns); free(rows); free(column_weights); free(row_weights); free(ring); free(sum); free(line);
        pixDestroy(&pixd);
        return NULL;
    }
    pixCopyText(pixd, pixs);
    pixCopyResolution(pixd, pixs);
    pixCopyInputFormat(pixd, pixs);
    pixScaleResolution(pixd, scale, scale);
    filter(ws, wd, (double)wd / ws, columns, column_weights);
    filter(hs, hd, (double)hd / hs, rows, row_weights);
    for (int r = 0; r < RING; r++) held[r] = -1;

    const l_uint32 *src = pixGetData(pixs);
    l_uint32 *dst = pixGetData(pixd);
    const int32_t spl = pixGetWpl(pixs), dpl = pixGetWpl(pixd);
    for (int32_t i = 0; i < hd; i++) {
        const int32_t *index = rows + (size_t)i * TAPS;
        const float *weight = row_weights + (size_t)i * TAPS;
        for (int32_t j = 0; j < wd; j++) sum[j] = 0;
        for (int t = 0; t < TAPS; t++) {
            const int32_t y = index[t];
            float *row = ring + (size_t)(y % RING) * wd;
            if (held[y % RING] != y) {
                widen(src + (size_t)y * spl, ws, wd, columns, column_weights, line, row);
                held[y % RING] = y;
            }
            const float w = weight[t];
            for (int32_t j = 0; j < wd; j++) sum[j] += w * row[j];
        }
        l_uint32 *out = dst + (size_t)i * dpl;
        for (int32_t j = 0; j < wd; j++) {
            const float value = sum[j] + 0.5f;
            SET_DATA_BYTE(out, j, value <= 0 ? 0 : value >= 255 ? 255 : (int32_t)value);
        }
    }
    free(columns); free(rows); free(column_weights); free(row_weights); free(ring); free(sum); free(line);
    return pixd;
}
