// A PNG reader in C because libpng reports errors by longjmp, which Swift cannot catch.
#include "png_reader.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const unsigned char *data;
    size_t size;
    size_t offset;
} source;

typedef struct {
    jmp_buf jump;
    char *message;
    size_t message_size;
    // Set before an error that Leptonica's reader should judge instead (it tolerates more).
    int leave_to_leptonica;
} failure;

static void read_from_memory(png_structp png, png_bytep out, png_size_t length) {
    source *input = (source *)png_get_io_ptr(png);
    if (length > input->size - input->offset) {
        png_error(png, "the image data ends early (truncated file)");
    }
    memcpy(out, input->data + input->offset, length);
    input->offset += length;
}

static void on_error(png_structp png, png_const_charp text) {
    failure *fail = (failure *)png_get_error_ptr(png);
    if (fail->message && fail->message_size > 0) snprintf(fail->message, fail->message_size, "%s", text);
    longjmp(fail->jump, 1);
}

static void on_warning(png_structp png, png_const_charp text) {
    (void)png;
    (void)text;
}

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

static inline l_uint32 cached_luminance(luminance_cache *cache, png_const_bytep in) {
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
static inline void put_four(l_uint32 *line, png_uint_32 x, l_uint32 a, l_uint32 b, l_uint32 c, l_uint32 d) {
    line[x >> 2] = (a << 24) | (b << 16) | (c << 8) | d;
}

// A pixel naming a colour past the palette's end: Leptonica's reader decides what that means.
static void leave_to_leptonica(png_structp png, failure *fail) {
    fail->leave_to_leptonica = 1;
    png_error(png, "a pixel names a colour outside the palette");
}

PIX *ow_png_read(const unsigned char *data, size_t size, int luminance, ow_png_status *status,
                 char *message, size_t message_size) {
    *status = OW_PNG_FAILED;
    if (message && message_size > 0) message[0] = 0;
    if (size < 8 || png_sig_cmp(data, 0, 8) != 0) {
        if (message && message_size > 0) snprintf(message, message_size, "not a PNG stream");
        return NULL;
    }
    failure fail = {.message = message, .message_size = message_size};
    source input = {.data = data, .size = size, .offset = 0};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &fail, on_error, on_warning);
    if (!png) return NULL;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, NULL, NULL);
        return NULL;
    }
    // Volatile: assigned after setjmp and read after a longjmp back to it.
    PIX *volatile pix = NULL;
    png_bytep volatile row = NULL;
    if (setjmp(fail.jump)) {
        PIX *owned = pix;
        if (owned) pixDestroy(&owned);
        if (row) png_free(png, row);
        png_destroy_read_struct(&png, &info, NULL);
        *status = fail.leave_to_leptonica ? OW_PNG_NOT_HANDLED : OW_PNG_FAILED;
        return NULL;
    }
    png_set_read_fn(png, &input, read_from_memory);
    // The chunks' CRCs still catch damaged data; zlib's Adler-32 of the decompressed bytes
    // (0.4 % of a batch's CPU) would only catch a fault in zlib itself.
    png_set_option(png, PNG_IGNORE_ADLER32, PNG_OPTION_ON);
    png_read_info(png, info);

    png_uint_32 width = 0, height = 0;
    int bit_depth = 0, colour_type = 0, interlace = 0;
    png_get_IHDR(png, info, &width, &height, &bit_depth, &colour_type, &interlace, NULL, NULL);
    int palette = colour_type == PNG_COLOR_TYPE_PALETTE;
    int handled = interlace == PNG_INTERLACE_NONE && !png_get_valid(png, info, PNG_INFO_tRNS)
        && ((colour_type == PNG_COLOR_TYPE_GRAY && bit_depth == 8)
            || (colour_type == PNG_COLOR_TYPE_RGB && bit_depth == 8)
            || palette);
    png_colorp entries = NULL;
    int entry_count = 0;
    int coloured = 0;
    if (handled && palette) {
        if (!png_get_PLTE(png, info, &entries, &entry_count) || entry_count <= 0) {
            png_error(png, "the palette is missing");
        }
        for (int i = 0; i < entry_count; i++) {
            if (entries[i].red != entries[i].green || entries[i].green != entries[i].blue) coloured = 1;
        }
        // Leptonica turns a grey one-bit palette image into a binary image, not grey.
        if (!coloured && bit_depth == 1) handled = 0;
    }
    if (!handled) {
        png_destroy_read_struct(&png, &info, NULL);
        *status = OW_PNG_NOT_HANDLED;
        return NULL;
    }
    if (palette && bit_depth < 8) png_set_packing(png);  // one index a byte
    png_read_update_info(png, info);

    // Grey for each palette index: as pixRemoveColormap (r + 2g + b) / 4 for a grey palette,
    // the luminance of the colour for a coloured one (only read when the output is grey).
    l_uint32 grey_of_index[256] = {0};
    for (int i = 0; i < entry_count && i < 256; i++) {
        grey_of_index[i] = coloured
            ? luminance_of(entries[i].red, entries[i].green, entries[i].blue)
            : (entries[i].red + 2 * entries[i].green + entries[i].blue) / 4;
    }
    int rgb_in = colour_type == PNG_COLOR_TYPE_RGB;
    int rgb_out = !luminance && (rgb_in || coloured);
    pix = pixCreate((l_int32)width, (l_int32)height, rgb_out ? 32 : 8);
    if (!pix) png_error(png, "no memory for the image");
    if (rgb_out) pixSetSpp(pix, 3);
    row = png_malloc(png, png_get_rowbytes(png, info));
    l_uint32 *lines = pixGetData(pix);
    luminance_cache cache = {.colour = 0xFFFFFFFFu, .grey = 0};
    l_int32 wpl = pixGetWpl(pix);
    for (png_uint_32 y = 0; y < height; y++) {
        png_read_row(png, row, NULL);
        l_uint32 *line = lines + (size_t)y * wpl;
        png_bytep in = row;
        if (rgb_in && rgb_out) {
            for (png_uint_32 x = 0; x < width; x++, in += 3) {
                line[x] = ((l_uint32)in[0] << L_RED_SHIFT) | ((l_uint32)in[1] << L_GREEN_SHIFT) | ((l_uint32)in[2] << L_BLUE_SHIFT);
            }
        } else if (rgb_in) {
            png_uint_32 x = 0;
            for (; x + 4 <= width; x += 4, in += 12) {
                l_uint32 a = cached_luminance(&cache, in), b = cached_luminance(&cache, in + 3);
                l_uint32 c = cached_luminance(&cache, in + 6), d = cached_luminance(&cache, in + 9);
                put_four(line, x, a, b, c, d);
            }
            for (; x < width; x++, in += 3) SET_DATA_BYTE(line, x, cached_luminance(&cache, in));
        } else if (palette && rgb_out) {
            for (png_uint_32 x = 0; x < width; x++) {
                png_byte index = in[x];
                if (index >= entry_count) leave_to_leptonica(png, &fail);
                line[x] = ((l_uint32)entries[index].red << L_RED_SHIFT) | ((l_uint32)entries[index].green << L_GREEN_SHIFT)
                    | ((l_uint32)entries[index].blue << L_BLUE_SHIFT);
            }
        } else if (palette) {
            png_byte largest = 0;
            png_uint_32 x = 0;
            for (; x + 4 <= width; x += 4) {
                png_byte a = in[x], b = in[x + 1], c = in[x + 2], d = in[x + 3];
                png_byte high = a > b ? a : b, low = c > d ? c : d;
                if (high > largest) largest = high;
                if (low > largest) largest = low;
                put_four(line, x, grey_of_index[a], grey_of_index[b], grey_of_index[c], grey_of_index[d]);
            }
            for (; x < width; x++) {
                if (in[x] > largest) largest = in[x];
                SET_DATA_BYTE(line, x, grey_of_index[in[x]]);
            }
            // grey_of_index has 256 entries, so a row is written before its indexes are checked.
            if (largest >= entry_count) leave_to_leptonica(png, &fail);
        } else {
            png_uint_32 x = 0;
            for (; x + 4 <= width; x += 4) put_four(line, x, in[x], in[x + 1], in[x + 2], in[x + 3]);
            for (; x < width; x++) SET_DATA_BYTE(line, x, in[x]);
        }
    }
    png_read_end(png, NULL);

    png_uint_32 x_res = 0, y_res = 0;
    int unit = 0;
    if (png_get_pHYs(png, info, &x_res, &y_res, &unit) && unit == PNG_RESOLUTION_METER) {
        // Pixels per metre to pixels per inch, rounded as Leptonica does.
        pixSetResolution(pix, (l_int32)((l_float32)x_res / 39.37 + 0.5), (l_int32)((l_float32)y_res / 39.37 + 0.5));
    }
    pixSetInputFormat(pix, IFF_PNG);
    png_free(png, row);
    row = NULL;
    png_destroy_read_struct(&png, &info, NULL);
    *status = OW_PNG_DECODED;
    return pix;
}
