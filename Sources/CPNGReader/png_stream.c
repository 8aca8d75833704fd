// PNG rows without libpng: chunks walked and CRC-checked here, the image data inflated by
// ISA-L (Intel's igzip, about five times zlib's speed on the bench's PNGs; zlib's inflate
// was the largest part of decoding, the largest part of the work around recognition), and
// the rows unfiltered by png_unfilter.c. Only what this reader's callers convert is read (8-bit, or
// palette indices below 8 bits, not interlaced); anything else, and any chunk layout libpng
// would have to judge (out-of-place or duplicate chunks, an ancillary chunk with a bad CRC,
// an unknown critical chunk), is left to libpng through Leptonica.
#include "png_stream.h"
#include "png_unfilter.h"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint8_t signature[8] = {137, 80, 78, 71, 13, 10, 26, 10};

// Inflated bytes kept between rows: at least a row, and enough that ISA-L works in long runs.
enum { window_minimum = 256 * 1024 };

static uint32_t big_endian(const uint8_t *bytes) {
    return ((uint32_t)bytes[0] << 24) | ((uint32_t)bytes[1] << 16) | ((uint32_t)bytes[2] << 8) | bytes[3];
}

static int is_type(const uint8_t *type, const char *name) { return memcmp(type, name, 4) == 0; }

static png_stream_result fail(png_stream *stream, png_stream_result result, const char *text) {
    if (stream->message && stream->message_size > 0) snprintf(stream->message, stream->message_size, "%s", text);
    return result;
}

static png_stream_result truncated(png_stream *stream) {
    return fail(stream, PNG_STREAM_DAMAGED, "the image data ends early (truncated file)");
}

// Channels of a colour type, or 0 when the type is invalid or the bit depth does not fit it.
static int channels_of(int colour_type, int bit_depth) {
    switch (colour_type) {
    case 0: return (bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8 || bit_depth == 16) ? 1 : 0;
    case 2: return (bit_depth == 8 || bit_depth == 16) ? 3 : 0;
    case 3: return (bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8) ? 1 : 0;
    case 4: return (bit_depth == 8 || bit_depth == 16) ? 2 : 0;
    case 6: return (bit_depth == 8 || bit_depth == 16) ? 4 : 0;
    default: return 0;
    }
}

// Walks every chunk up to IEND, checking lengths and CRCs, and reads the ones that matter.
static png_stream_result read_chunks(png_stream *stream, size_t *first_idat) {
    const uint8_t *data = stream->data;
    size_t size = stream->size, offset = 8;
    int seen_header = 0, seen_data = 0, data_ended = 0;
    *first_idat = 0;
    for (;;) {
        if (size - offset < 12) return truncated(stream);
        uint32_t length = big_endian(data + offset);
        if (length > 0x7fffffffu) return fail(stream, PNG_STREAM_DAMAGED, "a chunk's length is out of range");
        if (length > size - offset - 12) return truncated(stream);
        const uint8_t *type = data + offset + 4, *body = type + 4;
        int critical = !(type[0] & 0x20);
        if ((uint32_t)crc32_gzip_refl(0, type, (uint64_t)length + 4) != big_endian(body + length)) {
            if (critical) return fail(stream, PNG_STREAM_DAMAGED, "a chunk's CRC does not match (damaged data)");
            return PNG_STREAM_UNSUPPORTED;
        }
        if (!seen_header && !is_type(type, "IHDR")) return PNG_STREAM_UNSUPPORTED;
        if (seen_data && !is_type(type, "IDAT")) data_ended = 1;
        if (is_type(type, "IHDR")) {
            if (seen_header || length != 13) return PNG_STREAM_UNSUPPORTED;
            seen_header = 1;
            stream->width = big_endian(body);
            stream->height = big_endian(body + 4);
            stream->bit_depth = body[8];
            stream->colour_type = body[9];
            stream->interlaced = body[12];
            if (stream->width == 0 || stream->height == 0 || stream->width > 0x7fffffffu || stream->height > 0x7fffffffu
                || !channels_of(stream->colour_type, stream->bit_depth) || body[10] != 0 || body[11] != 0 || body[12] > 1) {
                return PNG_STREAM_UNSUPPORTED;
            }
        } else if (is_type(type, "PLTE")) {
            if (stream->palette || seen_data || length == 0 || length % 3 != 0 || length / 3 > 256) return PNG_STREAM_UNSUPPORTED;
            stream->palette = body;
            stream->palette_entries = (int)(length / 3);
        } else if (is_type(type, "IDAT")) {
            if (data_ended) return PNG_STREAM_UNSUPPORTED;
            if (!seen_data) *first_idat = offset;
            seen_data = 1;
        } else if (is_type(type, "IEND")) {
            break;
        } else if (is_type(type, "tRNS")) {
            stream->has_transparency = 1;
        } else if (is_type(type, "pHYs")) {
            if (stream->has_resolution || seen_data || length != 9) return PNG_STREAM_UNSUPPORTED;
            stream->has_resolution = 1;
            stream->x_per_unit = big_endian(body);
            stream->y_per_unit = big_endian(body + 4);
            stream->resolution_unit = body[8];
        } else if (critical) {
            return PNG_STREAM_UNSUPPORTED;
        }
        offset += 12 + (size_t)length;
    }
    if (!seen_data || (stream->colour_type == 3 && !stream->palette)) return PNG_STREAM_UNSUPPORTED;
    return PNG_STREAM_OK;
}

// Points the inflater at the next IDAT chunk's data; 0 when the image data has no more.
static int next_data_chunk(png_stream *stream) {
    size_t offset = stream->next_chunk;
    const uint8_t *chunk = stream->data + offset;
    if (stream->size - offset < 12 || !is_type(chunk + 4, "IDAT")) return 0;
    uint32_t length = big_endian(chunk);
    stream->inflater->next_in = (uint8_t *)(chunk + 8);
    stream->inflater->avail_in = length;
    stream->next_chunk = offset + 12 + length;
    return 1;
}

// The next byte of the image data before inflating (the zlib header), or -1 at its end.
static int next_header_byte(png_stream *stream) {
    while (stream->inflater->avail_in == 0) {
        if (!next_data_chunk(stream)) return -1;
    }
    stream->inflater->avail_in--;
    return *stream->inflater->next_in++;
}

png_stream_result png_stream_open(png_stream *stream, const uint8_t *data, size_t size, char *message, size_t message_size) {
    memset(stream, 0, sizeof *stream);
    stream->data = data;
    stream->size = size;
    stream->message = message;
    stream->message_size = message_size;
    if (message && message_size > 0) message[0] = 0;
    if (size < 8 || memcmp(data, signature, 8) != 0) return fail(stream, PNG_STREAM_DAMAGED, "not a PNG stream");
    size_t first_idat = 0;
    png_stream_result result = read_chunks(stream, &first_idat);
    if (result != PNG_STREAM_OK) return result;
    if (stream->interlaced || stream->bit_depth == 16) return PNG_STREAM_UNSUPPORTED;

    int bits = stream->bit_depth * channels_of(stream->colour_type, stream->bit_depth);
    stream->row_bytes = ((size_t)stream->width * (size_t)bits + 7) / 8;
    stream->filter_step = bits >= 8 ? bits / 8 : 1;
    stream->window_size = stream->row_bytes + 1 > window_minimum ? stream->row_bytes + 1 : window_minimum;
    stream->inflater = malloc(sizeof *stream->inflater);
    stream->window = malloc(stream->window_size);
    stream->previous = calloc(stream->row_bytes, 1);
    stream->current = malloc(stream->row_bytes);
    if (!stream->inflater || !stream->window || !stream->previous || !stream->current) {
        return fail(stream, PNG_STREAM_DAMAGED, "no memory for the image's rows");
    }
    isal_inflate_init(stream->inflater);
    stream->inflater->avail_in = 0;
    stream->next_chunk = first_idat;
    // The zlib header, read here so the deflate data is inflated raw: PNG's chunk CRCs catch
    // damage, and the Adler-32 of the inflated bytes (which libpng was told to skip too) would
    // only catch a fault in the inflater itself.
    int method = next_header_byte(stream), flags = next_header_byte(stream);
    if (method < 0 || flags < 0) return fail(stream, PNG_STREAM_DAMAGED, "the image data ends early");
    if ((method & 0x0f) != 8 || (method >> 4) > 7 || ((method << 8) | flags) % 31 != 0 || (flags & 0x20)) {
        return PNG_STREAM_UNSUPPORTED;
    }
    stream->inflater->crc_flag = ISAL_DEFLATE;
    return PNG_STREAM_OK;
}

// Fills the window until it holds `needed` unused bytes.
static png_stream_result fill_window(png_stream *stream, size_t needed) {
    struct inflate_state *inflater = stream->inflater;
    while (stream->window_filled - stream->window_used < needed) {
        if (stream->window_used > 0) {
            memmove(stream->window, stream->window + stream->window_used, stream->window_filled - stream->window_used);
            stream->window_filled -= stream->window_used;
            stream->window_used = 0;
        }
        if (inflater->block_state == ISAL_BLOCK_FINISH) return fail(stream, PNG_STREAM_DAMAGED, "the image data ends before its last row");
        if (inflater->avail_in == 0) next_data_chunk(stream);
        size_t before = stream->window_filled;
        inflater->next_out = stream->window + stream->window_filled;
        inflater->avail_out = (uint32_t)(stream->window_size - stream->window_filled);
        if (isal_inflate(inflater) < 0) return fail(stream, PNG_STREAM_DAMAGED, "the compressed image data is damaged");
        stream->window_filled = (size_t)(inflater->next_out - stream->window);
        // No input left and nothing more came out: the data stops short of the last row.
        if (stream->window_filled == before && inflater->avail_in == 0 && inflater->block_state != ISAL_BLOCK_FINISH) {
            return fail(stream, PNG_STREAM_DAMAGED, "the image data ends before its last row");
        }
    }
    return PNG_STREAM_OK;
}

png_stream_result png_stream_next_row(png_stream *stream, const uint8_t **row) {
    size_t count = stream->row_bytes, step = (size_t)stream->filter_step;
    png_stream_result result = fill_window(stream, count + 1);
    if (result != PNG_STREAM_OK) return result;
    const uint8_t *in = stream->window + stream->window_used;
    uint8_t filter = in[0];
    const uint8_t *up = stream->previous;
    uint8_t *out = stream->current;
    if (!png_unfilter_row(filter, out, in + 1, up, count, step)) {
        return fail(stream, PNG_STREAM_DAMAGED, "a row has an unknown filter (damaged data)");
    }
    stream->window_used += count + 1;
    stream->previous = out;
    stream->current = (uint8_t *)up;
    stream->rows_read++;
    *row = out;
    return PNG_STREAM_OK;
}

void png_stream_close(png_stream *stream) {
    free(stream->inflater);
    free(stream->window);
    free(stream->previous);
    free(stream->current);
    stream->inflater = NULL;
    stream->window = NULL;
    stream->previous = stream->current = NULL;
}
