// One PNG row's filter undone (see png_unfilter.c).
#ifndef OCR_WORKER_PNG_UNFILTER_H
#define OCR_WORKER_PNG_UNFILTER_H

#include <stddef.h>
#include <stdint.h>

/// Undoes PNG filter `filter` (0-4) on one row of `count` bytes whose pixels are `step` bytes
/// apart (at least 1), given the row above unfiltered (`up`, zeros for the first row): the
/// result goes to `out`, which must not overlap `in` or `up`. Returns 0 for an unknown filter.
int png_unfilter_row(uint8_t filter, uint8_t *out, const uint8_t *in, const uint8_t *up, size_t count, size_t step);

#endif
