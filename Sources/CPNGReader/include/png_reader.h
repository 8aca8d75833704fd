#ifndef OCR_WORKER_PNG_READER_H
#define OCR_WORKER_PNG_READER_H

#include <stddef.h>
#include <leptonica/allheaders.h>

/// What `ow_png_read` did.
typedef enum {
    /// The image was decoded; the returned image is the caller's.
    OW_PNG_DECODED = 0,
    /// A kind of PNG this reader leaves to Leptonica's (interlaced, 16-bit, transparency,
    /// grey below 8 bits, a black-and-white palette, or a chunk layout libpng must judge):
    /// nothing was decoded, no error.
    OW_PNG_NOT_HANDLED = 1,
    /// The stream is not a PNG, or is damaged or truncated; `message` says how.
    OW_PNG_FAILED = 2,
} ow_png_status;

/// Decodes the PNG in `data` row by row straight into a new Leptonica image, so the pixels
/// exist once: Leptonica's own reader holds every decoded row and the image at the same time
/// (for an RGB image, 7 bytes a pixel at the peak instead of 4, or 1 with `luminance`). The
/// image data is inflated by ISA-L (see png_stream.c).
///
/// With `luminance` non-zero the result is 8-bit grey, byte for byte what `pixReadMem` then
/// `pixRemoveColormap(REMOVE_CMAP_BASED_ON_SRC)` then `pixConvertTo8` gives; with zero, the
/// pixels as those first two steps give them (8-bit grey, or 32-bit RGB). Resolution and input
/// format are set as Leptonica sets them.
PIX *ow_png_read(const unsigned char *data, size_t size, int luminance, ow_png_status *status,
                 char *message, size_t message_size);

#endif
