// Unsharp masking that reproduces Leptonica 1.82's pixUnsharpMaskingGray exactly (same float
// operations in the same order, same borders, same resolution) a row at a time: the figure
// recipe sharpens every upscaled figure, and Leptonica's version took 9.0% of the recipe's
// reading time on the bench's 69 figures, in passes over 32-bit intermediate images of the
// whole figure; this one took 3.8% picking pixels one at a time, and about half that since it
// runs over rows in plain order with SSE2. The larger half widths' block mean and the
// arithmetic that adds the difference back run sixteen pixels at a time: on a prepared
// 5858 x 4097 figure that took half widths 3 to 5 from about 107 ms to about 50 ms, most
// of it the add-back, which had looked each pixel's difference up in a table.
#include "sharpen.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Rows are copied out of Leptonica's byte order (pixel_bytes.h) into plain order a word at a
// time, and back, so every loop below runs over contiguous bytes
// (and the compiler can vectorise it); picking bytes by j ^ 3 pixel by pixel was most of the
// time.
static void unpack_row(const uint8_t *line, uint8_t *out, size_t bytes) {
    for (size_t k = 0; k < bytes; k += 4) {
        uint32_t word;
        memcpy(&word, line + k, 4);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        word = __builtin_bswap32(word);
#endif
        memcpy(out + k, &word, 4);
    }
}

static void pack_row(const uint8_t *in, uint8_t *line, size_t bytes) { unpack_row(in, line, bytes); }

static inline int clamp_byte(int value) { return value < 0 ? 0 : (value > 255 ? 255 : value); }

// The per-pixel arithmetic, four pixels at a time with SSE2 where the compiler would not
// (it judged the float-to-double conversions unprofitable): each lane does the same IEEE
// operations as the scalar expression, and saturating packs clamp as clamp_byte does.
#if defined(__SSE2__)
// Four ints rounded as (int)((double)v + 0.5) from four floats.
static inline __m128i truncated_plus_half(__m128 v) {
    const __m128d half = _mm_set1_pd(0.5);
    __m128i low = _mm_cvttpd_epi32(_mm_add_pd(_mm_cvtps_pd(v), half));
    __m128i high = _mm_cvttpd_epi32(_mm_add_pd(_mm_cvtps_pd(_mm_movehl_ps(v, v)), half));
    return _mm_unpacklo_epi64(low, high);
}

// Sixteen ints, four to a vector, clamped to 0...255 and stored as sixteen bytes.
static inline void store_sixteen_bytes(uint8_t *out, const __m128i values[4]) {
    __m128i bytes = _mm_packus_epi16(_mm_packs_epi32(values[0], values[1]), _mm_packs_epi32(values[2], values[3]));
    _mm_storeu_si128((__m128i *)out, bytes);
}

// Four ints clamped to 0...255 and stored as four bytes.
static inline void store_four_bytes(uint8_t *out, __m128i values) {
    __m128i bytes = _mm_packus_epi16(_mm_packs_epi32(values, values), _mm_setzero_si128());
    uint32_t four = (uint32_t)_mm_cvtsi128_si32(bytes);
    memcpy(out, &four, 4);
}
#endif

// out[j] = clamp((int)(s + fract * (s - norm * total) + 0.5)) for j in [from, to): the small
// path's sharpening of one row, as Leptonica's float expression.
static void sharpen_span(const int32_t *total, const uint8_t *line, uint8_t *out, int from, int to, float norm, float fract) {
    int j = from;
#if defined(__SSE2__)
    const __m128 vnorm = _mm_set1_ps(norm), vfract = _mm_set1_ps(fract);
    const __m128i zero = _mm_setzero_si128();
    for (; j + 4 <= to; j += 4) {
        __m128 val = _mm_mul_ps(vnorm, _mm_cvtepi32_ps(_mm_loadu_si128((const __m128i *)(total + j))));
        uint32_t four;
        memcpy(&four, line + j, 4);
        __m128i pixels = _mm_unpacklo_epi16(_mm_unpacklo_epi8(_mm_cvtsi32_si128((int)four), zero), zero);
        __m128 sval = _mm_cvtepi32_ps(pixels);
        store_four_bytes(out + j, truncated_plus_half(_mm_add_ps(sval, _mm_mul_ps(vfract, _mm_sub_ps(sval, val)))));
    }
#endif
    for (; j < to; j++) {
        float val = norm * (float)total[j];
        int sval = line[j];
        // As Leptonica writes it: float arithmetic, then + 0.5 in double, truncated.
        int ival = (int)(sval + fract * (sval - val) + 0.5);
        out[j] = (uint8_t)clamp_byte(ival);
    }
}

// mean[j] = (int)(norm * (prefix[j + wc] - prefix[j - 1 - wc]) + 0.5) for j in [from, to):
// the large path's block mean away from the left and right edges.
static void mean_span(const uint32_t *prefix, uint8_t *mean, int from, int to, int wc, float norm) {
    int j = from;
#if defined(__SSE2__)
    const __m128 vnorm = _mm_set1_ps(norm);
    for (; j + 16 <= to; j += 16) {
        __m128i means[4];
        for (int k = 0; k < 4; k++) {
            const uint32_t *at = prefix + j + 4 * k;
            __m128i sums = _mm_sub_epi32(_mm_loadu_si128((const __m128i *)(at + wc)), _mm_loadu_si128((const __m128i *)(at - 1 - wc)));
            means[k] = truncated_plus_half(_mm_mul_ps(vnorm, _mm_cvtepi32_ps(sums)));
        }
        store_sixteen_bytes(mean + j, means);
    }
    for (; j + 4 <= to; j += 4) {
        __m128i sums = _mm_sub_epi32(_mm_loadu_si128((const __m128i *)(prefix + j + wc)), _mm_loadu_si128((const __m128i *)(prefix + j - 1 - wc)));
        store_four_bytes(mean + j, truncated_plus_half(_mm_mul_ps(vnorm, _mm_cvtepi32_ps(sums))));
    }
#endif
    for (; j < to; j++) mean[j] = (uint8_t)(norm * (prefix[j + wc] - prefix[j - 1 - wc]) + 0.5);
}

// out[j] = clamp(s + (int)((s - m) * fract)) for the row's pixels s and block means m: the
// large path's accumulator arithmetic. With SSE2, sixteen pixels at a time: each lane makes
// the same float product of the difference and truncates it as the C cast does, and the
// saturating packs clamp as clamp_byte does. The rest goes through `added`, the table of
// that same truncated product for every difference.
static void add_back_row(const uint8_t *line, const uint8_t *mean, uint8_t *out, int w, float fract, const int32_t *added) {
    int j = 0;
#if defined(__SSE2__)
    const __m128 vfract = _mm_set1_ps(fract);
    const __m128i zero = _mm_setzero_si128();
    for (; j + 16 <= w; j += 16) {
        __m128i pixels = _mm_loadu_si128((const __m128i *)(line + j));
        __m128i means = _mm_loadu_si128((const __m128i *)(mean + j));
        __m128i halves[2] = {_mm_unpacklo_epi8(pixels, zero), _mm_unpackhi_epi8(pixels, zero)};
        __m128i diffs[2] = {_mm_sub_epi16(halves[0], _mm_unpacklo_epi8(means, zero)),
                            _mm_sub_epi16(halves[1], _mm_unpackhi_epi8(means, zero))};
        __m128i sums[4];
        for (int k = 0; k < 4; k++) {
            __m128i s16 = halves[k / 2], d16 = diffs[k / 2];
            __m128i s32 = k % 2 ? _mm_unpackhi_epi16(s16, zero) : _mm_unpacklo_epi16(s16, zero);
            // The difference sign-extended to 32 bits: its 16 bits put high, shifted down.
            __m128i d32 = _mm_srai_epi32(k % 2 ? _mm_unpackhi_epi16(d16, d16) : _mm_unpacklo_epi16(d16, d16), 16);
            sums[k] = _mm_add_epi32(s32, _mm_cvttps_epi32(_mm_mul_ps(_mm_cvtepi32_ps(d32), vfract)));
        }
        store_sixteen_bytes(out + j, sums);
    }
#else
    (void)fract;
#endif
    for (; j < w; j++) {
        int sval = line[j], cval = mean[j];
        out[j] = (uint8_t)clamp_byte(sval + added[sval - cval + 255]);
    }
}

// Half widths 1 and 2 (Leptonica's pixUnsharpMaskingGray2D): a (2h+1)^2 box mean in float;
// pixels within h of an edge keep their value.
static PIX *sharpen_small(PIX *pixs, int half, float fract) {
    int w = pixGetWidth(pixs), h = pixGetHeight(pixs);
    PIX *pixd = pixCopyBorder(NULL, pixs, half, half, half, half);
    if (!pixd) return NULL;
    if (w <= 2 * half || h <= 2 * half) return pixd;
    int side = 2 * half + 1;
    size_t spl = (size_t)pixGetWpl(pixs) * 4, dpl = (size_t)pixGetWpl(pixd) * 4;
    // The last `side` rows in plain order, and their horizontal sums, as exact integers
    // (Leptonica keeps them as floats; integers below 2^24 are the same values).
    uint8_t *rows = malloc((size_t)side * spl), *out = malloc(dpl);
    int32_t *sums = calloc((size_t)side * (size_t)w, sizeof(int32_t)), *totals = calloc((size_t)w, sizeof(int32_t));
    if (!rows || !out || !sums || !totals) {
        free(rows); free(out); free(sums); free(totals); pixDestroy(&pixd);
        return NULL;
    }
    const uint8_t *src = (const uint8_t *)pixGetData(pixs);
    uint8_t *dst = (uint8_t *)pixGetData(pixd);
    const float norm = half == 1 ? (float)(1.0 / 9.0) : (float)(1.0 / 25.0);
    for (int i = 0; i < h; i++) {
        uint8_t *line = rows + (size_t)(i % side) * spl;
        unpack_row(src + (size_t)i * spl, line, spl);
        int32_t *row = sums + (size_t)(i % side) * (size_t)w;
        for (int j = half; j < w - half; j++) row[j] = line[j - half];
        for (int k = 1; k < side; k++) {
            for (int j = half; j < w - half; j++) row[j] += line[j - half + k];
        }
        int centre = i - half;
        if (centre < half) continue;
        const uint8_t *cline = rows + (size_t)(centre % side) * spl;
        const int32_t *rs[5];
        for (int r = 0; r < side; r++) rs[r] = sums + (size_t)((centre - half + r) % side) * (size_t)w;
        // The border columns keep their pixels; the row's padding stays zero, as in pixd.
        memcpy(out, cline, (size_t)w);
        memset(out + w, 0, dpl - (size_t)w);
        // Leptonica adds the row sums as floats in row order: every partial sum is an
        // integer below 2^24, so it is the integer total exactly.
        for (int j = half; j < w - half; j++) totals[j] = rs[0][j] + rs[1][j] + rs[2][j];
        if (side == 5) {
            for (int j = half; j < w - half; j++) totals[j] += rs[3][j] + rs[4][j];
        }
        sharpen_span(totals, cline, out, half, w - half, norm, fract);
        pack_row(out, dst + (size_t)centre * dpl, dpl);
    }
    free(rows); free(out); free(sums); free(totals);
    return pixd;
}

static inline uint8_t capped(float value) { return (uint8_t)(value < 255 ? value : 255); }

// Leptonica's border correction of its block mean (blockconvLow's second half) for one row
// `i` of `mean` (plain order): rows and columns within the half width of an edge had fewer
// pixels under the window, so they are scaled up, in float and in Leptonica's order of
// multiplication. (With wc, hc >= 1 and the window no larger than the image, Leptonica's
// guards against a zero divisor never apply and no row is both a top and a bottom one.)
static void correct_mean_borders(uint8_t *mean, int i, int w, int h, int wc, int hc) {
    int fwc = 2 * wc + 1, fhc = 2 * hc + 1;
    int edge_row = i <= hc || i >= h - hc;
    float normh = (float)fhc / (float)(i <= hc ? hc + i : hc + h - i);
    for (int j = 0; j < w; j++) {
        int edge_column = j <= wc || j >= w - wc;
        if (!edge_column) {
            if (!edge_row) { j = w - wc - 1; continue; }  // a middle row: on to its right edge
            mean[j] = capped(mean[j] * normh);
            continue;
        }
        float normw = (float)fwc / (float)(j <= wc ? wc + j : wc + w - j);
        uint32_t val = mean[j];
        mean[j] = capped(edge_row ? val * normh * normw : val * normw);
    }
}

// Larger half widths: Leptonica's block mean (pixBlockconvGray: window sums over rows
// (max(i-1-hc, 0), min(i+hc, h-1)] and the same for columns, so a window at the top or left
// edge leaves out row or column 0; times 1/area in float, rounded; then the border
// correction), computed a row at a time from running column sums instead of a 32-bit summed
// image, then its accumulator arithmetic s + (int)((s - mean) * fract), clamped, with the
// accumulator's resolution (none).
static PIX *sharpen_large(PIX *pixs, int half, float fract) {
    int w = pixGetWidth(pixs), h = pixGetHeight(pixs);
    PIX *pixd = pixCreate(w, h, 8);
    if (!pixd) return NULL;
    // Leptonica shrinks a window larger than the image, and copies the image when one side
    // shrinks to nothing (then the mean is the pixel itself and nothing is added).
    int wc = half < (w - 1) / 2 ? half : (w - 1) / 2, hc = half < (h - 1) / 2 ? half : (h - 1) / 2;
    int32_t added[511];
    for (int diff = -255; diff <= 255; diff++) added[diff + 255] = (int32_t)(diff * fract);
    const uint8_t *src = (const uint8_t *)pixGetData(pixs);
    uint8_t *dst = (uint8_t *)pixGetData(pixd);
    size_t spl = (size_t)pixGetWpl(pixs) * 4, dpl = (size_t)pixGetWpl(pixd) * 4;
    if (wc == 0 || hc == 0) {
        for (int i = 0; i < h; i++) memcpy(dst + (size_t)i * dpl, src + (size_t)i * spl, spl < dpl ? spl : dpl);
        return pixd;
    }
    uint32_t *columns = calloc((size_t)w, sizeof(uint32_t));
    uint32_t *prefix = calloc((size_t)w, sizeof(uint32_t));
    uint8_t *mean = calloc(dpl, 1), *line = malloc(spl), *out = calloc(dpl, 1);
    if (!columns || !prefix || !mean || !line || !out) {
        free(columns); free(prefix); free(mean); free(line); free(out); pixDestroy(&pixd);
        return NULL;
    }
    const float norm = 1.0 / ((float)(2 * wc + 1) * (2 * hc + 1));
    int low = 0, high = -1;  // rows (low, high] are summed in `columns`
    for (int i = 0; i < h; i++) {
        int imin = i - 1 - hc > 0 ? i - 1 - hc : 0, imax = i + hc < h - 1 ? i + hc : h - 1;
        for (; high < imax; high++) {
            if (high + 1 > low) {  // row 0 is never summed: see above
                unpack_row(src + (size_t)(high + 1) * spl, line, spl);
                for (int j = 0; j < w; j++) columns[j] += line[j];
            }
        }
        for (; low < imin; low++) {
            unpack_row(src + (size_t)(low + 1) * spl, line, spl);
            for (int j = 0; j < w; j++) columns[j] -= line[j];
        }
        uint32_t running = 0;
        for (int j = 0; j < w; j++) { running += columns[j]; prefix[j] = running; }
        // Columns whose window is clipped by an edge, then the rest four at a time.
        int inner_from = wc + 1 < w ? wc + 1 : w, inner_to = w - wc > inner_from ? w - wc : inner_from;
        for (int j = 0; j < w; j++) {
            if (j == inner_from) j = inner_to;
            if (j >= w) break;
            int jmin = j - 1 - wc > 0 ? j - 1 - wc : 0, jmax = j + wc < w - 1 ? j + wc : w - 1;
            uint32_t val = prefix[jmax] - prefix[jmin];
            mean[j] = (uint8_t)(norm * val + 0.5);
        }
        mean_span(prefix, mean, inner_from, inner_to, wc, norm);
        correct_mean_borders(mean, i, w, h, wc, hc);
        unpack_row(src + (size_t)i * spl, line, spl);
        add_back_row(line, mean, out, w, fract, added);
        pack_row(out, dst + (size_t)i * dpl, dpl);
    }
    free(columns); free(prefix); free(mean); free(line); free(out);
    return pixd;
}

PIX *ow_unsharp_mask_gray(PIX *pixs, int halfwidth, float fract) {
    if (!pixs || pixGetDepth(pixs) != 8 || pixGetColormap(pixs) || halfwidth < 1 || !(fract > 0)) return NULL;
    return halfwidth <= 2 ? sharpen_small(pixs, halfwidth, fract) : sharpen_large(pixs, halfwidth, fract);
}
