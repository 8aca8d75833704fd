#ifndef OCR_WORKER_SHARPEN_H
#define OCR_WORKER_SHARPEN_H

#include <leptonica/allheaders.h>

/// Unsharp masking of an 8-bit grey image without colormap: pixel for pixel, and in resolution,
/// what Leptonica's `pixUnsharpMaskingGray(pixs, halfwidth, fract)` returns, in one pass over
/// the pixels instead of several over 32-bit intermediates (floating-point images for half
/// widths 1 and 2, accumulators for larger ones). Returns NULL for other depths, a colormap,
/// `halfwidth` < 1 or `fract` <= 0.
PIX *ow_unsharp_mask_gray(PIX *pixs, int halfwidth, float fract);

#endif
