#ifndef OCR_WORKER_PAINT_MAPPED_H
#define OCR_WORKER_PAINT_MAPPED_H

#include <leptonica/allheaders.h>

/// Where the 1-bit `mask`, placed with its top left at (`x`, `y`), is set, the 8-bit `pixd`
/// takes `map` of the 8-bit `pixs`'s pixel at the same place, in place: what
/// `pixCombineMaskedGeneral(pixd, mapped, mask, x, y)` gives for the map applied to `pixs`'s
/// pixels under the mask's box. `pixd` and `pixs` are of one size and have no colormap; the mask
/// lies within them. 0 when done, 1 on error.
int ow_paint_mapped(PIX *pixd, PIX *pixs, PIX *mask, l_int32 x, l_int32 y, const l_uint8 map[256]);

/// The level each level `v` becomes when turned over and stretched so that `white` and lighter
/// become 255: Leptonica's `pixInvert` then `pixGammaTRC(1.0, 0, white)`, run on one pixel of
/// each level. 0 when found.
int ow_turned_levels(l_int32 white, l_uint8 map[256]);

/// The level each level `v` (turned over first when `turned` is not 0) becomes when stretched so
/// that `white` becomes 255: Leptonica's `pixApplyVariableGrayMap` with a white point of
/// `white` everywhere (target 255), run on one pixel of each level. 0 when found.
int ow_whitened_levels(l_int32 white, int turned, l_uint8 map[256]);

/// The level each level `v` becomes when stretched so that `black` and darker become 0 and
/// `white` and lighter 255: Leptonica's `pixGammaTRC(1.0, black, white)`, run on one pixel of
/// each level. 0 when found.
int ow_stretched_levels(l_int32 black, l_int32 white, l_uint8 map[256]);

#endif
