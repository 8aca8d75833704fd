#ifndef OCR_WORKER_SCALE_H
#define OCR_WORKER_SCALE_H

#include <leptonica/allheaders.h>

/// What Leptonica's `pixScale(pixs, scale, scale)` returns, pixel for pixel and in resolution.
/// Its general linear interpolation of 8-bit grey without colormap (scales of 1.4 and more,
/// other than 2 and 4: the figure recipe's upscaling) is done here, from tables of the source
/// columns and one row of vertical blends, instead of Leptonica's per-pixel float arithmetic;
/// every other case is Leptonica's own. NULL where pixScale fails.
PIX *ow_scale(PIX *pixs, float scale);

#endif
