#ifndef OCR_WORKER_THRESHOLD_H
#define OCR_WORKER_THRESHOLD_H

#include <leptonica/allheaders.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What Leptonica's `pixThresholdToBinary(pixs, thresh)` returns (a 1-bit image set where a
/// pixel is darker than `thresh`), bit for bit and with its resolution. 8-bit grey without
/// colormap is done here, 32 pixels a step; anything else is Leptonica's own.
PIX *ow_threshold_to_binary(PIX *pixs, int thresh);

/// A 1-bit image of the `width` x `height` region at (`left`, `top`) of 8-bit grey `pixs`, set
/// where a pixel is below `thresh`, or where it is not when `invert` is nonzero; no resolution
/// or input format copied. NULL when not done here: other depths, a colormap, `thresh` outside
/// 1...255, `left` not a multiple of 4, a region not inside the image (or no memory).
PIX *ow_threshold_region(PIX *pixs, int left, int top, int width, int height, int thresh, int invert);

#ifdef __cplusplus
}
#endif

#endif
