#ifndef OCR_WORKER_LANCZOS_SCALE_H
#define OCR_WORKER_LANCZOS_SCALE_H

#include <leptonica/allheaders.h>

/// The 8-bit grey `pixs` (no colormap) enlarged by `scale` (more than 1) with a Lanczos filter of
/// 3 lobes, each direction on its own: every destination pixel is the weighted sum of the 6 x 6
/// source pixels around the point it maps from (pixel centres mapped onto pixel centres, the
/// edge pixels standing in for those past the edge), rounded and held to 0-255. The size is
/// Leptonica's for `pixScale(pixs, scale, scale)` (each side times `scale`, rounded), and so is
/// the resolution. NULL for other depths, a colormap, a scale of 1 or less, or no memory.
PIX *ow_lanczos_scale(PIX *pixs, float scale);

#endif
