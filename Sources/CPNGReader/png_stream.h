// The rows of a PNG, unfiltered, from its bytes in memory (see png_stream.c).
#ifndef OCR_WORKER_PNG_STREAM_H
#define OCR_WORKER_PNG_STREAM_H

#include <stddef.h>
#include <stdint.h>

struct inflate_state;

/// What a step of the stream found.
typedef enum {
    PNG_STREAM_OK = 0,
    /// A kind of PNG or a chunk layout this reader leaves to libpng (through Leptonica).
    PNG_STREAM_UNSUPPORTED = 1,
    /// Not a PNG, or damaged or truncated; the message says how.
    PNG_STREAM_DAMAGED = 2,
} png_stream_result;

/// A PNG being read row by row.
typedef struct {
    uint32_t width, height;
    int bit_depth, colour_type;
    int interlaced, has_transparency;
    /// PLTE's entries (3 bytes each) in the file's bytes, or NULL.
    const uint8_t *palette;
    int palette_entries;
    /// pHYs, when present: pixels per unit, and the unit (1 for the metre).
    int has_resolution;
    uint32_t x_per_unit, y_per_unit;
    int resolution_unit;

    // Reading state.
    const uint8_t *data;
    size_t size;
    size_t next_chunk;          // offset of the chunk after the current IDAT
    size_t row_bytes;           // bytes of one unfiltered row
    int filter_step;            // bytes a pixel for the filters (at least 1)
    uint32_t rows_read;
    struct inflate_state *inflater;
    uint8_t *window;            // inflated bytes not yet used
    size_t window_size, window_filled, window_used;
    uint8_t *previous, *current;  // unfiltered rows
    char *message;
    size_t message_size;
} png_stream;

/// Checks the signature and every chunk's CRC, reads the header chunks, and readies the rows.
/// UNSUPPORTED for interlaced images and unusual chunk layouts, DAMAGED for broken files.
/// The stream must be closed whatever this returns.
png_stream_result png_stream_open(png_stream *stream, const uint8_t *data, size_t size, char *message, size_t message_size);

/// The next row, unfiltered (packed as stored when pixels are below 8 bits), valid until the
/// next call; DAMAGED when the image data is broken or ends early.
png_stream_result png_stream_next_row(png_stream *stream, const uint8_t **row);

/// Frees the stream's buffers.
void png_stream_close(png_stream *stream);

#endif
