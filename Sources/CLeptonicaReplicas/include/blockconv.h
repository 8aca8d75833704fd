#ifndef OCR_WORKER_BLOCKCONV_H
#define OCR_WORKER_BLOCKCONV_H

#include <leptonica/allheaders.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What Leptonica's `pixBlockconvGray(pixs, NULL, wc, hc)` returns (each pixel the mean of the
/// (2 wc + 1) x (2 hc + 1) window around it, as Leptonica sums and normalises it), byte for byte,
/// without Leptonica's 4-byte-a-pixel table of sums. NULL when not done here: no image, other
/// depths, a colormap, `wc` or `hc` below 1, a window larger than the image (Leptonica shrinks
/// it), or no memory.
PIX *ow_blockconv_gray(PIX *pixs, int wc, int hc);

#ifdef __cplusplus
}
#endif

#endif
