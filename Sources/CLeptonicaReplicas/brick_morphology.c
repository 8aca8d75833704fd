// Binary openings, closings and dilations by rectangles, as Leptonica 1.82's composite DWA
// functions return them (pixOpenCompBrickExtendDwa and its kin), computed another way. The
// figure recipe's preparation opens, closes and dilates 1-bit images of the whole upscaled
// figure (up to 24 megapixels) with bricks tens of pixels long, about twenty times a figure.
// Leptonica runs each as a brick and a comb per direction (sequences of them past 63 pixels),
// every one on a new copy of the image grown by a 32-pixel border and cut back after: in a
// profile of `WP4874.jpg`, 60% of its morphology's samples were clearing, copying and padding
// those images, 40% the DWA kernels.
//
// Here, on one canvas with clear margins as wide as the brick (one copy in, one out), each row
// is walked run of set pixels by run, and each run shrunk or grown (a clear word is one test;
// rows of figure masks are mostly clear); down the columns, runs are found by doubling: after
// k passes each line holds the AND (or OR) of the 2^k lines from it on, so a brick L lines
// high takes about log2(L) passes over the lines that have a set pixel. The results are the
// same pixels because:
// - A composite brick is a solid run (a brick of f1 pixels and a comb of f2 teeth f1 apart
//   cover f1 x f2 pixels; each further 63 adds 62); how long it is and where its origin lies
//   are read from Leptonica itself, by dilating one pixel (`probe_reach`).
// - Under the default (asymmetric) boundary condition the outside is clear for both erosion
//   and dilation, and the cuts between Leptonica's steps drop only pixels that a run through
//   the image never needs again.
// - The closing is Leptonica's "safe" one: its border (64 pixels, more past 63) holds the
//   dilation, so it is the closing on an unbounded clear plane; here on a canvas with margins
//   as wide as the brick.
#include "brick_morphology.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// A set pixel at x, dilated by the composite brick, covers [x - before, x + after].
typedef struct {
    int before, after;
} reach_t;

static int run_length(reach_t reach) { return reach.before + reach.after + 1; }

// The reach of Leptonica's composite brick of `size` along one direction: one pixel in the
// middle of a line, dilated by it. 0 when found.
static int probe_reach(int size, int vertical, reach_t *reach) {
    reach->before = reach->after = 0;
    if (size <= 1) return 0;
    // Leptonica's composite is within a few pixels of the request; this leaves it room.
    const int span = 2 * size + 33, middle = size + 16;
    PIX *line = vertical ? pixCreate(1, span, 1) : pixCreate(span, 1, 1);
    if (!line) return 1;
    pixSetPixel(line, vertical ? 0 : middle, vertical ? middle : 0, 1);
    PIX *grown = pixDilateCompBrickExtendDwa(NULL, line, vertical ? 1 : size, vertical ? size : 1);
    pixDestroy(&line);
    if (!grown) return 1;
    int first = -1, last = -1;
    for (int k = 0; k < span; k++) {
        l_uint32 value = 0;
        pixGetPixel(grown, vertical ? 0 : k, vertical ? k : 0, &value);
        if (value) {
            if (first < 0) first = k;
            last = k;
        }
    }
    pixDestroy(&grown);
    if (first <= 0 || last >= span - 1) return 1;
    reach->before = middle - first;
    reach->after = last - middle;
    return 0;
}

// The bits of a line's last word that are pixels (pixel x is bit 31 - x % 32 of word x / 32).
static uint32_t last_word_mask(int width) {
    const int used = width & 31;
    return used ? ~0u << (32 - used) : ~0u;
}

// Sets pixels [first, last] of a row.
static void set_span(uint32_t *row, int first, int last) {
    const int a = first >> 5, b = last >> 5;
    const uint32_t head = ~0u >> (first & 31), tail = ~0u << (31 - (last & 31));
    if (a == b) {
        row[a] |= head & tail;
        return;
    }
    row[a] |= head;
    for (int k = a + 1; k < b; k++) row[k] = ~0u;
    row[b] |= tail;
}

// Each pixel of a row becomes the AND (erosion) or OR (dilation) of the `reach`'s run around
// it: erosion keeps [x - before, x + after]'s worth of every run of set pixels, dilation
// grows each run by `before` in front and `after` behind. Rows are mostly clear, so the row is
// walked run by run (a clear word is one test) into `out`, then copied back; its first and last
// `run_length` pixels must be margin (clear), where the runs spill over. Returns whether any
// pixel of the row is set after.
static int run_in_row(uint32_t *row, uint32_t *out, int words, reach_t reach, int conjunction) {
    const int length = run_length(reach);
    int i = 0;
    while (i < words && row[i] == 0) i++;
    if (i == words) return 0;
    memset(out, 0, (size_t)words * 4);
    int any = 0;
    const int pixels = words * 32;
    int position = i << 5;
    while (position < pixels) {
        // The next set pixel, then the next clear one after it.
        i = position >> 5;
        uint32_t word = row[i] & (~0u >> (position & 31));
        while (word == 0) {
            if (++i == words) goto done;
            word = row[i];
        }
        const int first = (i << 5) + __builtin_clz(word);
        word = ~row[i] & (~0u >> (first & 31));
        while (word == 0) {
            if (++i == words) break;
            word = ~row[i];
        }
        const int end = i == words ? pixels : (i << 5) + __builtin_clz(word);
        if (conjunction) {
            if (end - first >= length) {
                set_span(out, first + reach.before, end - 1 - reach.after);
                any = 1;
            }
        } else {
            const int from = first - reach.before, to = end - 1 + reach.after;
            set_span(out, from < 0 ? 0 : from, to >= pixels ? pixels - 1 : to);
            any = 1;
        }
        position = end;
    }
done:
    memcpy(row, out, (size_t)words * 4);
    return any;
}

// Each pixel becomes the AND (erosion) or OR (dilation) of the `reach`'s run around it down
// its column, by doubling, over a whole image of `height` lines of `wpl` words whose first and
// last `run_length` lines are margin. `live` says which lines have a set pixel (kept up to
// date): a clear line ANDed with anything stays clear, and ORing a clear one changes nothing,
// and most lines of a figure's masks are clear, more so after an erosion.
static void run_in_columns(uint32_t *data, uint8_t *live, int height, int wpl, reach_t reach, int conjunction) {
    const int length = run_length(reach);
    if (length <= 1) return;
    const size_t line = (size_t)wpl;
    int covered = 1;
    while (covered < length) {
        const int k = 2 * covered <= length ? covered : length - covered;
        for (int y = 0; y < height; y++) {
            uint32_t *row = data + (size_t)y * line;
            const int other_live = y + k < height && live[y + k];
            if (conjunction) {
                if (!live[y]) continue;
                if (!other_live) {
                    memset(row, 0, line * 4);
                    live[y] = 0;
                    continue;
                }
                const uint32_t *other = row + (size_t)k * line;
                uint32_t any = 0;
                for (int i = 0; i < wpl; i++) any |= (row[i] &= other[i]);
                live[y] = any != 0;
            } else if (other_live) {
                const uint32_t *other = row + (size_t)k * line;
                for (int i = 0; i < wpl; i++) row[i] |= other[i];
                live[y] = 1;
            }
        }
        covered = 2 * covered <= length ? 2 * covered : length;
    }
    const int down = conjunction ? reach.before : reach.after;
    if (down >= height) {
        memset(data, 0, (size_t)height * line * 4);
        memset(live, 0, (size_t)height);
    } else if (down > 0) {
        memmove(data + (size_t)down * line, data, (size_t)(height - down) * line * 4);
        memset(data, 0, (size_t)down * line * 4);
        memmove(live + down, live, (size_t)(height - down));
        memset(live, 0, (size_t)down);
    }
}

// A clear canvas with the image in the middle: margins as wide as the brick (whole words
// across), so that every run through the image finds its clear outside in the canvas, and a
// dilation spilling over the edge is there to come back (or, in a closing, to be eroded).
typedef struct {
    uint32_t *data;
    // Whether each line has a set pixel.
    uint8_t *live;
    int wpl, height, margin_words, margin_lines;
} canvas_t;

static int canvas_make(canvas_t *canvas, PIX *pixs, reach_t across, reach_t down) {
    const int wpl = pixGetWpl(pixs), h = pixGetHeight(pixs);
    canvas->margin_words = (run_length(across) + 31) / 32;
    canvas->margin_lines = run_length(down);
    canvas->wpl = wpl + 2 * canvas->margin_words;
    canvas->height = h + 2 * canvas->margin_lines;
    canvas->data = calloc((size_t)canvas->wpl * (size_t)canvas->height, sizeof(uint32_t));
    canvas->live = calloc((size_t)canvas->height, 1);
    if (!canvas->data || !canvas->live) {
        free(canvas->data);
        free(canvas->live);
        return 1;
    }
    const uint32_t *data = pixGetData(pixs);
    const uint32_t last = last_word_mask(pixGetWidth(pixs));
    for (int y = 0; y < h; y++) {
        uint32_t *row = canvas->data + (size_t)(y + canvas->margin_lines) * canvas->wpl + canvas->margin_words;
        memcpy(row, data + (size_t)y * wpl, (size_t)wpl * 4);
        row[wpl - 1] &= last;
        uint32_t any = 0;
        for (int i = 0; i < wpl; i++) any |= row[i];
        canvas->live[y + canvas->margin_lines] = any != 0;
    }
    return 0;
}

// Erodes (conjunction) or dilates the canvas in place, rows then columns.
static int canvas_apply(canvas_t *canvas, reach_t across, reach_t down, int conjunction) {
    if (run_length(across) > 1) {
        uint32_t *out = malloc((size_t)canvas->wpl * sizeof(uint32_t));
        if (!out) return 1;
        for (int y = 0; y < canvas->height; y++) {
            if (canvas->live[y]) canvas->live[y] = (uint8_t)run_in_row(canvas->data + (size_t)y * canvas->wpl, out, canvas->wpl, across, conjunction);
        }
        free(out);
    }
    run_in_columns(canvas->data, canvas->live, canvas->height, canvas->wpl, down, conjunction);
    return 0;
}

// The image's part of the canvas as a new image like `pixs`; the canvas is freed.
static PIX *canvas_take(canvas_t *canvas, PIX *pixs) {
    PIX *pixd = pixCreateTemplateNoInit(pixs);
    if (pixd) {
        uint32_t *data = pixGetData(pixd);
        const int wpl = pixGetWpl(pixd), h = pixGetHeight(pixd);
        for (int y = 0; y < h; y++) {
            memcpy(data + (size_t)y * wpl, canvas->data + (size_t)(y + canvas->margin_lines) * canvas->wpl + canvas->margin_words, (size_t)wpl * 4);
        }
        pixSetPadBits(pixd, 0);
    }
    free(canvas->data);
    free(canvas->live);
    canvas->data = NULL;
    canvas->live = NULL;
    return pixd;
}

// The reaches of both directions, or nonzero when Leptonica's own function must do the work:
// not 1-bit, or a boundary condition under which the outside is not clear.
static int prepare(PIX *pixs, l_int32 hsize, l_int32 vsize, reach_t *across, reach_t *down) {
    if (!pixs || pixGetDepth(pixs) != 1 || hsize < 1 || vsize < 1) return 1;
    if (getMorphBorderPixelColor(L_MORPH_ERODE, 1) != 0) return 1;
    return probe_reach(hsize, 0, across) || probe_reach(vsize, 1, down);
}

// The brick's operations, in order (1: erode, 0: dilate), on a canvas of `pixs`.
static PIX *run(PIX *pixs, reach_t across, reach_t down, const int *steps, int count) {
    canvas_t canvas;
    if (canvas_make(&canvas, pixs, across, down)) return NULL;
    for (int k = 0; k < count; k++) {
        if (canvas_apply(&canvas, across, down, steps[k])) {
            free(canvas.data);
            free(canvas.live);
            return NULL;
        }
    }
    return canvas_take(&canvas, pixs);
}

PIX *ow_open_brick(PIX *pixs, l_int32 hsize, l_int32 vsize) {
    reach_t across, down;
    if (prepare(pixs, hsize, vsize, &across, &down)) return pixOpenCompBrickExtendDwa(NULL, pixs, hsize, vsize);
    static const int steps[] = {1, 0};
    return run(pixs, across, down, steps, 2);
}

PIX *ow_close_brick(PIX *pixs, l_int32 hsize, l_int32 vsize) {
    reach_t across, down;
    if (prepare(pixs, hsize, vsize, &across, &down)) return pixCloseCompBrickExtendDwa(NULL, pixs, hsize, vsize);
    static const int steps[] = {0, 1};
    return run(pixs, across, down, steps, 2);
}

PIX *ow_dilate_brick(PIX *pixs, l_int32 hsize, l_int32 vsize) {
    reach_t across, down;
    if (prepare(pixs, hsize, vsize, &across, &down)) return pixDilateCompBrickExtendDwa(NULL, pixs, hsize, vsize);
    static const int steps[] = {0};
    return run(pixs, across, down, steps, 1);
}
