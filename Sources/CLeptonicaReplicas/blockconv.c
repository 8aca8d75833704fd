// Leptonica 1.82's pixBlockconvGray without its accumulator image. Leptonica first builds the
// summed-area table of the whole image, 4 bytes a pixel, then reads each window's sum from four
// of its corners. Tesseract blurs its text-line projection this way on every page it lays out:
// for a 21-megapixel figure the table was 21 MB of a worker's peak, and for figures Tesseract
// takes to be under 150 dpi it is 4 bytes for every pixel of the page.
//
// Here the window sums come from column sums kept for the rows of the current window, updated
// as the window moves down, and a running sum along the row: the same integer sums, so the same
// bytes after Leptonica's float normalisation, which is repeated as it is written there.
#include "blockconv.h"

#include "pixel_bytes.h"

#include <stdint.h>
#include <stdlib.h>

// Adds (sign 1) or removes (sign -1) source row `row` to or from the column sums.
static void add_row(uint32_t *columns, const uint8_t *row, int w, int sign) {
    if (sign > 0) {
        for (int j = 0; j < w; j++) columns[j] += row[BYTE_INDEX(j)];
    } else {
        for (int j = 0; j < w; j++) columns[j] -= row[BYTE_INDEX(j)];
    }
}

// Leptonica's normalisation of the sums near the edges, where fewer pixels were summed: each
// output byte scaled up by the share of the full window its columns had and, on the first and
// last rows, by `row_scale` for its rows (`scaled_rows` nonzero). (Leptonica's first rows count
// at least one row and column; with wc and hc at least 1 that is always so.)
static void normalise_edges(uint8_t *line, int w, int wc, int scaled_rows, float row_scale) {
    const int fwc = 2 * wc + 1, wmwc = w - wc;
    for (int j = 0; j <= wc; j++) {
        float normw = (float)fwc / (float)(wc + j);
        uint32_t val = line[BYTE_INDEX(j)];
        float scaled = scaled_rows ? val * row_scale * normw : val * normw;
        line[BYTE_INDEX(j)] = (uint8_t)(scaled < 255 ? scaled : 255);
    }
    if (scaled_rows) {
        for (int j = wc + 1; j < wmwc; j++) {
            uint32_t val = line[BYTE_INDEX(j)];
            float scaled = val * row_scale;
            line[BYTE_INDEX(j)] = (uint8_t)(scaled < 255 ? scaled : 255);
        }
    }
    for (int j = wmwc; j < w; j++) {
        float normw = (float)fwc / (float)(wc + w - j);
        uint32_t val = line[BYTE_INDEX(j)];
        float scaled = scaled_rows ? val * row_scale * normw : val * normw;
        line[BYTE_INDEX(j)] = (uint8_t)(scaled < 255 ? scaled : 255);
    }
}

PIX *ow_blockconv_gray(PIX *pixs, int wc, int hc) {
    if (!pixs || pixGetDepth(pixs) != 8 || pixGetColormap(pixs) || wc <= 0 || hc <= 0) return NULL;
    const int w = pixGetWidth(pixs), h = pixGetHeight(pixs);
    // Leptonica shrinks a kernel larger than the image, with a warning: left to it.
    if (w < 2 * wc + 1 || h < 2 * hc + 1) return NULL;
    PIX *pixd = pixCreateTemplate(pixs);
    uint32_t *columns = calloc((size_t)w, sizeof *columns);
    if (!pixd || !columns) {
        pixDestroy(&pixd);
        free(columns);
        return NULL;
    }
    const uint8_t *src = (const uint8_t *)pixGetData(pixs);
    uint8_t *dst = (uint8_t *)pixGetData(pixd);
    const size_t spl = (size_t)pixGetWpl(pixs) * 4, dpl = (size_t)pixGetWpl(pixd) * 4;
    const float norm = 1.0 / ((float)(2 * wc + 1) * (2 * hc + 1));

    // Output row i sums source rows (low, high]: Leptonica's corners at max(i - 1 - hc, 0) and
    // min(i + hc, h - 1), so near the top row 0 is left out, as there. Columns likewise.
    int low = 0, high = 0;
    for (int i = 0; i < h; i++) {
        int want_low = i - 1 - hc > 0 ? i - 1 - hc : 0;
        int want_high = i + hc < h - 1 ? i + hc : h - 1;
        for (; high < want_high; high++) add_row(columns, src + (size_t)(high + 1) * spl, w, 1);
        for (; low < want_low; low++) add_row(columns, src + (size_t)(low + 1) * spl, w, -1);
        uint8_t *line = dst + (size_t)i * dpl;
        // Running sums of the columns: window (j - 1 - wc, j + wc], clipped as the rows are.
        uint32_t window = 0;
        int left = 0, right = 0;
        for (int j = 0; j < w; j++) {
            int want_left = j - 1 - wc > 0 ? j - 1 - wc : 0;
            int want_right = j + wc < w - 1 ? j + wc : w - 1;
            for (; right < want_right; right++) window += columns[right + 1];
            for (; left < want_left; left++) window -= columns[left + 1];
            line[BYTE_INDEX(j)] = (uint8_t)(norm * window + 0.5);
        }
    }
    free(columns);

    // The first hc + 1 and last hc rows summed fewer rows; every row's first wc + 1 and last wc
    // columns fewer columns (Leptonica's boundary pass, in its order and float arithmetic).
    const int fhc = 2 * hc + 1, hmhc = h - hc;
    for (int i = 0; i <= hc; i++) {
        normalise_edges(dst + (size_t)i * dpl, w, wc, 1, (float)fhc / (float)(hc + i));
    }
    for (int i = hmhc; i < h; i++) {
        normalise_edges(dst + (size_t)i * dpl, w, wc, 1, (float)fhc / (float)(hc + h - i));
    }
    for (int i = hc + 1; i < hmhc; i++) normalise_edges(dst + (size_t)i * dpl, w, wc, 0, 1.0f);
    return pixd;
}
