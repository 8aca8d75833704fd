// Leptonica 1.82's pixThresholdToBinary for 8-bit grey, 32 pixels a step: the figure recipe
// thresholds every upscaled figure three times (fills, dark fills, lines), and Leptonica's loop,
// which takes the pixels one at a time, was about 2.7% of the recipe's time. The same rows serve
// Tesseract's own one-channel thresholding (ow_threshold_region), which is the same comparison,
// also taken a pixel at a time.
#include "threshold.h"

#include "pixel_bytes.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// One row into cleared words: bit 31 - (j % 32) of word j / 32 is set where pixel j is below
// `thresh` (1...255), or where it is not when `invert`; bits past the row's end stay clear.
static void threshold_row(const uint8_t *line, uint32_t *out, int w, int thresh, int invert) {
    const uint32_t flipped = invert ? 0xFFFFFFFFu : 0;
    int j = 0;
#if defined(__SSE2__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Bytes compared as signed after flipping their top bit (SSE2 has no unsigned compare).
    // The 32 compare bits come out in memory order, four a source word: the bits of word k
    // (pixels 4k+3 ... 4k, byte order reversed) are already in the order the destination wants
    // them, at bits 28-4k ... 31-4k, so only the eight nibbles' order is reversed.
    const __m128i flip = _mm_set1_epi8((char)0x80), limit = _mm_set1_epi8((char)(thresh - 128));
    for (; j + 32 <= w; j += 32) {
        __m128i first = _mm_loadu_si128((const __m128i *)(line + j));
        __m128i second = _mm_loadu_si128((const __m128i *)(line + j + 16));
        uint32_t low = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_xor_si128(first, flip), limit));
        uint32_t high = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_xor_si128(second, flip), limit));
        uint32_t bits = __builtin_bswap32(low | (high << 16)) ^ flipped;
        out[j >> 5] = ((bits & 0x0F0F0F0Fu) << 4) | ((bits >> 4) & 0x0F0F0F0Fu);
    }
#endif
    for (; j < w; j++) {
        if ((line[BYTE_INDEX(j)] < thresh) != (invert != 0)) out[j >> 5] |= 0x80000000u >> (j & 31);
    }
}

PIX *ow_threshold_region(PIX *pixs, int left, int top, int width, int height, int thresh, int invert) {
    // A region starting inside a word would need its bytes realigned; other depths, colormaps,
    // thresholds 0 and 256 (nothing, everything) and regions outside the image are not done here.
    if (!pixs || pixGetDepth(pixs) != 8 || pixGetColormap(pixs) || thresh <= 0 || thresh >= 256 || left % 4 != 0 ||
        left < 0 || top < 0 || width <= 0 || height <= 0 || left + width > pixGetWidth(pixs) ||
        top + height > pixGetHeight(pixs)) {
        return NULL;
    }
    PIX *pixd = pixCreate(width, height, 1);
    if (!pixd) return NULL;
    const uint8_t *src = (const uint8_t *)pixGetData(pixs);
    uint32_t *dst = pixGetData(pixd);
    size_t spl = (size_t)pixGetWpl(pixs) * 4, dpl = (size_t)pixGetWpl(pixd);
    for (int i = 0; i < height; i++) {
        threshold_row(src + (size_t)(top + i) * spl + left, dst + (size_t)i * dpl, width, thresh, invert);
    }
    return pixd;
}

PIX *ow_threshold_to_binary(PIX *pixs, int thresh) {
    PIX *pixd = pixs ? ow_threshold_region(pixs, 0, 0, pixGetWidth(pixs), pixGetHeight(pixs), thresh, 0) : NULL;
    // Not done here: Leptonica's own, with its answer for the case.
    if (!pixd) return pixThresholdToBinary(pixs, thresh);
    pixCopyResolution(pixd, pixs);
    pixCopyInputFormat(pixd, pixs);
    return pixd;
}
