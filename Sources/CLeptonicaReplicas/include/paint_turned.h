#ifndef OCR_WORKER_PAINT_TURNED_H
#define OCR_WORKER_PAINT_TURNED_H

#include <leptonica/allheaders.h>

/// Where the 1-bit `mask` is set, the 8-bit `pixd` takes the 8-bit `pixs`'s pixel at the same
/// place turned over and stretched so that `white` and lighter become 255: what
/// `pixCombineMaskedGeneral` of `pixGammaTRC(NULL, pixInvert(NULL, pixs), 1.0, 0, white)` under
/// the mask gives, in place. All three of one size, no colormap; 0 when done, 1 on error.
int ow_paint_turned(PIX *pixd, PIX *pixs, PIX *mask, l_int32 white);

#endif
