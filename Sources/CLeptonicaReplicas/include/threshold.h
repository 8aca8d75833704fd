#ifndef OCR_WORKER_THRESHOLD_H
#define OCR_WORKER_THRESHOLD_H

#include <leptonica/allheaders.h>

/// What Leptonica's `pixThresholdToBinary(pixs, thresh)` returns (a 1-bit image set where a
/// pixel is darker than `thresh`), bit for bit and with its resolution. 8-bit grey without
/// colormap is done here, 32 pixels a step; anything else is Leptonica's own.
PIX *ow_threshold_to_binary(PIX *pixs, int thresh);

#endif
