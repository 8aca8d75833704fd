// Undoes a PNG row's filter (PNG specification, section 9). The Paeth filter is most of the
// unfiltering of rendered figures (WikiPathways' RGB PNGs store half their rows with it), and
// byte by byte it was the largest part of decoding them left after ISA-L's inflate: each byte
// picks one of three neighbours by two comparisons that mostly cannot be predicted. For
// three-byte pixels it is done here a pixel at a time in SSE2, all three channels at once
// and without branches (the method of libpng's filter_sse2_intrinsics.c).
#include "png_unfilter.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline uint8_t paeth(uint8_t left, uint8_t up, uint8_t up_left) {
    int estimate = left + up - up_left;
    int distance_left = abs(estimate - left), distance_up = abs(estimate - up), distance_up_left = abs(estimate - up_left);
    if (distance_left <= distance_up && distance_left <= distance_up_left) return left;
    return distance_up <= distance_up_left ? up : up_left;
}

static void paeth_bytes(uint8_t *out, const uint8_t *in, const uint8_t *up, size_t count, size_t step) {
    for (size_t i = 0; i < step && i < count; i++) out[i] = (uint8_t)(in[i] + up[i]);
    for (size_t i = step; i < count; i++) out[i] = (uint8_t)(in[i] + paeth(out[i - step], up[i], up[i - step]));
}

#if defined(__SSE2__)
// The three bytes at `p` in the low lanes of a register, one 16-bit lane each.
static inline __m128i load_pixel(const uint8_t *p) {
    uint32_t bytes = 0;
    memcpy(&bytes, p, 3);
    return _mm_unpacklo_epi8(_mm_cvtsi32_si128((int)bytes), _mm_setzero_si128());
}

static inline __m128i absolute(__m128i x) { return _mm_max_epi16(x, _mm_sub_epi16(_mm_setzero_si128(), x)); }

static inline __m128i choose(__m128i mask, __m128i yes, __m128i no) {
    return _mm_or_si128(_mm_and_si128(mask, yes), _mm_andnot_si128(mask, no));
}

// Rows of whole three-byte pixels (`count` a multiple of 3). Left and up-left are zero for
// the first pixel, as the specification has it.
static void paeth_pixels3(uint8_t *out, const uint8_t *in, const uint8_t *up, size_t count) {
    __m128i left = _mm_setzero_si128(), up_left = _mm_setzero_si128();
    for (size_t i = 0; i + 3 <= count; i += 3) {
        __m128i above = load_pixel(up + i);
        // With estimate = left + above - up_left, the distances are
        // |estimate - left| = |above - up_left|, |estimate - above| = |left - up_left|, and
        // |estimate - up_left| = the sum of the two differences.
        __m128i to_above = _mm_sub_epi16(above, up_left), to_left = _mm_sub_epi16(left, up_left);
        __m128i distance_left = absolute(to_above), distance_up = absolute(to_left);
        __m128i distance_up_left = absolute(_mm_add_epi16(to_above, to_left));
        __m128i smallest = _mm_min_epi16(distance_up_left, _mm_min_epi16(distance_left, distance_up));
        // Ties go to left, then above, then up-left.
        __m128i nearest = choose(_mm_cmpeq_epi16(smallest, distance_left), left,
                                 choose(_mm_cmpeq_epi16(smallest, distance_up), above, up_left));
        // Bytewise addition wraps each lane's low byte mod 256; the high bytes stay zero.
        __m128i pixel = _mm_add_epi8(load_pixel(in + i), nearest);
        uint32_t bytes = (uint32_t)_mm_cvtsi128_si32(_mm_packus_epi16(pixel, pixel));
        memcpy(out + i, &bytes, 3);
        left = pixel;
        up_left = above;
    }
}
#endif

int png_unfilter_row(uint8_t filter, uint8_t *out, const uint8_t *in, const uint8_t *up, size_t count, size_t step) {
    switch (filter) {
    case 0:
        memcpy(out, in, count);
        return 1;
    case 1:
        for (size_t i = 0; i < step && i < count; i++) out[i] = in[i];
        for (size_t i = step; i < count; i++) out[i] = (uint8_t)(in[i] + out[i - step]);
        return 1;
    case 2:
        for (size_t i = 0; i < count; i++) out[i] = (uint8_t)(in[i] + up[i]);
        return 1;
    case 3:
        for (size_t i = 0; i < step && i < count; i++) out[i] = (uint8_t)(in[i] + (up[i] >> 1));
        for (size_t i = step; i < count; i++) out[i] = (uint8_t)(in[i] + ((out[i - step] + up[i]) >> 1));
        return 1;
    case 4:
#if defined(__SSE2__)
        if (step == 3 && count % 3 == 0) {
            paeth_pixels3(out, in, up, count);
            return 1;
        }
#endif
        paeth_bytes(out, in, up, count, step);
        return 1;
    default:
        return 0;
    }
}
