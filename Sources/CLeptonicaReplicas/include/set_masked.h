#ifndef OCR_WORKER_SET_MASKED_H
#define OCR_WORKER_SET_MASKED_H

#include <leptonica/allheaders.h>

/// What Leptonica's `pixSetMasked(pixd, pixm, val)` does: every pixel of `pixd` under a set
/// pixel of the 1-bit `pixm` (upper-left corners aligned) becomes `val`, the others stay.
/// 8-bit grey without colormap is done here, from the mask's set words alone; anything else is
/// Leptonica's own. 0 when done, 1 on error, as Leptonica returns.
int ow_set_masked(PIX *pixd, PIX *pixm, l_uint32 val);

#endif
