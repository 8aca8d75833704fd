#ifndef OCR_WORKER_BRICK_MORPHOLOGY_H
#define OCR_WORKER_BRICK_MORPHOLOGY_H

#include <leptonica/allheaders.h>

/// What Leptonica's `pixOpenCompBrickExtendDwa(NULL, pixs, hsize, vsize)` returns, for a
/// 1-bit `pixs`: the union of the composite brick's translates that fit in the set pixels.
/// Anything else (another depth, a changed morphology boundary condition) is Leptonica's own.
PIX *ow_open_brick(PIX *pixs, l_int32 hsize, l_int32 vsize);

/// What Leptonica's `pixCloseCompBrickExtendDwa(NULL, pixs, hsize, vsize)` returns: its
/// "safe" closing, as if the image lay on an unbounded clear plane.
PIX *ow_close_brick(PIX *pixs, l_int32 hsize, l_int32 vsize);

/// What Leptonica's `pixDilateCompBrickExtendDwa(NULL, pixs, hsize, vsize)` returns.
PIX *ow_dilate_brick(PIX *pixs, l_int32 hsize, l_int32 vsize);

#endif
