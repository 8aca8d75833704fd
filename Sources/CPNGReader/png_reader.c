// Decodes a PNG row by row straight into a Leptonica image (rows from png_stream.c).
#include "png_reader.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "png_stream.h"

// Leptonica's luminance of one RGB pixel (pixConvertRGBToGray with its default weights): the
// same float expression, so the result is the same byte.
static inline l_int32 luminance_of(l_int32 red, l_int32 green, l_int32 blue) {
    l_float32 rwt = L_RED_WEIGHT, gwt = L_GREEN_WEIGHT, bwt = L_BLUE_WEIGHT;
    return (l_int32)(rwt * red + gwt * green + bwt * blue + 0.5);
}

// The luminance of the RGB pixel at `in`, remembering the last colour asked for: figures are
// mostly runs of one colour (white paper, flat fills), where the float arithmetic was most of
// the reader's own time.
typedef struct {
    l_uint32 colour;  // 0xRRGGBB of the last pixel, or above 0xFFFFFF before the first
    l_uint32 grey;
} luminance_cache;

static inline l_uint32 cached_luminance(luminance_cache *cache, const uint8_t *in) {
    l_uint32 colour = ((l_uint32)in[0] << 16) | ((l_uint32)in[1] << 8) | in[2];
    if (colour != cache->colour) {
        cache->colour = colour;
        cache->grey = (l_uint32)luminance_of(in[0], in[1], in[2]);
    }
    return cache->grey;
}

// Four 8-bit pixels x..x+3 (x a multiple of 4) into their word of a Leptonica line: pixel x
// is the word's most significant byte, whatever the machine's byte order (what SET_DATA_BYTE
// does one byte at a time).
static inline void put_four(l_uint32 *line, uint32_t x, l_uint32 a, l_uint32 b, l_uint32 c, l_uint32 d) {
    line[x >> 2] = (a << 24) | (b << 16) | (c << 8) | d;
}

// Palette indices below 8 bits, one a byte (most significant bits first, as stored).
static void unpack_indices(const uint8_t *packed, uint8_t *out, uint32_t width, int bit_depth) {
    int per_byte = 8 / bit_depth, mask = (1 << bit_depth) - 1;
    for (uint32_t x = 0; x < width; x++) {
        int shift = 8 - bit_depth * (int)(x % (uint32_t)per_byte + 1);
        out[x] = (uint8_t)((packed[x / (uint32_t)per_byte] >> shift) & mask);
    }
}

static PIX *failed(PIX *pix, png_stream *stream, ow_png_status *status, ow_png_status why) {
    if (pix) pixDestroy(&pix);
    png_stream_close(stream);
    *status = why;
    return NULL;
}

PIX *ow_png_read(const unsigned char *data, size_t size, int luminance, ow_png_status *status,
                 char *message, size_t message_size) {
    *status = OW_PNG_FAILED;
    png_stream stream;
    png_stream_result opened = png_stream_open(&stream, data, size, message, message_size);
    if (opened != PNG_STREAM_OK) {
        return failed(NULL, &stream, status, opened == PNG_STREAM_UNSUPPORTED ? OW_PNG_NOT_HANDLED : OW_PNG_FAILED);
    }
    uint32_t width = stream.width, height = stream.height;
    int bit_depth = stream.bit_depth, colour_type = stream.colour_type;
    int palette = colour_type == 3;
    int handled = !stream.has_transparency && ((colour_type == 0 && bit_depth == 8) || (colour_type == 2 && bit_depth == 8) || palette);
    const uint8_t *entries = stream.palette;
    int entry_count = palette ? stream.palette_entries : 0;
    int coloured = 0;
    for (int i = 0; i < entry_count; i++) {
        const uint8_t *entry = entries + 3 * i;
        if (entry[0] != entry[1] || entry[1] != entry[2]) coloured = 1;
    }
    // Leptonica turns a grey one-bit palette image into a binary image, not grey.
    if (palette && !coloured && bit_depth == 1) handled = 0;
    if (!handled) return failed(NULL, &stream, status, OW_PNG_NOT_HANDLED);

    // Grey for each palette index: as pixRemoveColormap (r + 2g + b) / 4 for a grey palette,
    // the luminance of the colour for a coloured one (only read when the output is grey).
    l_uint32 grey_of_index[256] = {0};
    for (int i = 0; i < entry_count; i++) {
        const uint8_t *entry = entries + 3 * i;
        grey_of_index[i] = coloured ? luminance_of(entry[0], entry[1], entry[2]) : (entry[0] + 2 * entry[1] + entry[2]) / 4;
    }
    int rgb_in = colour_type == 2;
    int rgb_out = !luminance && (rgb_in || coloured);
    PIX *pix = pixCreate((l_int32)width, (l_int32)height, rgb_out ? 32 : 8);
    if (!pix) {
        snprintf(message, message_size, "no memory for the image");
        return failed(NULL, &stream, status, OW_PNG_FAILED);
    }
    if (rgb_out) pixSetSpp(pix, 3);
    // One index a byte for palettes below 8 bits.
    uint8_t *indices = palette && bit_depth < 8 ? malloc(width) : NULL;
    if (palette && bit_depth < 8 && !indices) {
        snprintf(message, message_size, "no memory for the image's rows");
        return failed(pix, &stream, status, OW_PNG_FAILED);
    }
    l_uint32 *lines = pixGetData(pix);
    luminance_cache cache = {.colour = 0xFFFFFFFFu, .grey = 0};
    l_int32 wpl = pixGetWpl(pix);
    for (uint32_t y = 0; y < height; y++) {
        const uint8_t *in;
        if (png_stream_next_row(&stream, &in) != PNG_STREAM_OK) {
            free(indices);
            return failed(pix, &stream, status, OW_PNG_FAILED);
        }
        if (indices) {
            unpack_indices(in, indices, width, bit_depth);
            in = indices;
        }
        l_uint32 *line = lines + (size_t)y * wpl;
        if (rgb_in && rgb_out) {
            for (uint32_t x = 0; x < width; x++, in += 3) {
                line[x] = ((l_uint32)in[0] << L_RED_SHIFT) | ((l_uint32)in[1] << L_GREEN_SHIFT) | ((l_uint32)in[2] << L_BLUE_SHIFT);
            }
        } else if (rgb_in) {
            uint32_t x = 0;
            for (; x + 4 <= width; x += 4, in += 12) {
                l_uint32 a = cached_luminance(&cache, in), b = cached_luminance(&cache, in + 3);
                l_uint32 c = cached_luminance(&cache, in + 6), d = cached_luminance(&cache, in + 9);
                put_four(line, x, a, b, c, d);
            }
            for (; x < width; x++, in += 3) SET_DATA_BYTE(line, x, cached_luminance(&cache, in));
        } else if (palette) {
            uint8_t largest = 0;
            for (uint32_t x = 0; x < width; x++) if (in[x] > largest) largest = in[x];
            // A pixel naming a colour past the palette's end: Leptonica's reader decides what
            // that means.
            if (largest >= entry_count) {
                free(indices);
                return failed(pix, &stream, status, OW_PNG_NOT_HANDLED);
            }
            if (rgb_out) {
                for (uint32_t x = 0; x < width; x++) {
                    const uint8_t *entry = entries + 3 * in[x];
                    line[x] = ((l_uint32)entry[0] << L_RED_SHIFT) | ((l_uint32)entry[1] << L_GREEN_SHIFT) | ((l_uint32)entry[2] << L_BLUE_SHIFT);
                }
            } else {
                uint32_t x = 0;
                for (; x + 4 <= width; x += 4) put_four(line, x, grey_of_index[in[x]], grey_of_index[in[x + 1]], grey_of_index[in[x + 2]], grey_of_index[in[x + 3]]);
                for (; x < width; x++) SET_DATA_BYTE(line, x, grey_of_index[in[x]]);
            }
        } else {
            uint32_t x = 0;
            for (; x + 4 <= width; x += 4) put_four(line, x, in[x], in[x + 1], in[x + 2], in[x + 3]);
            for (; x < width; x++) SET_DATA_BYTE(line, x, in[x]);
        }
    }
    free(indices);
    if (stream.has_resolution && stream.resolution_unit == 1) {
        // Pixels per metre to pixels per inch, rounded as Leptonica does.
        pixSetResolution(pix, (l_int32)((l_float32)stream.x_per_unit / 39.37 + 0.5), (l_int32)((l_float32)stream.y_per_unit / 39.37 + 0.5));
    }
    pixSetInputFormat(pix, IFF_PNG);
    png_stream_close(&stream);
    *status = OW_PNG_DECODED;
    return pix;
}
