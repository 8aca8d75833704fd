#ifndef OCR_WORKER_PAGE_IMAGE_STEPS_H
#define OCR_WORKER_PAGE_IMAGE_STEPS_H

#include <leptonica/allheaders.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when libtesseract's calls to all four steps (its one-channel thresholding, its image of
/// thresholds, Leptonica's pixBlockconv, its count of mask pixels in a box) bind to this
/// executable's definitions; else 0.
int ow_page_image_steps_bound(void);

/// How many pages this process thresholded 32 pixels a step (for checks and tests).
unsigned long ow_page_image_steps_thresholded(void);

/// How many images of thresholds this process made at reduced size.
unsigned long ow_page_image_steps_reduced_thresholds(void);

/// How many block convolutions this process did without Leptonica's table of sums.
unsigned long ow_page_image_steps_blurred(void);

/// How many counts of mask pixels in a box this process made in place.
unsigned long ow_page_image_steps_counted(void);

/// Tesseract's ImageFind::CountPixelsInRotatedBox for tests: the set pixels of 1-bit `mask` in
/// `box` ({left, bottom, right, top}, y up) of the page `image_box`, the page rotated by
/// (`rotation_x`, `rotation_y`); counted here (`tesseracts` 0) or by libtesseract's own.
int ow_page_image_steps_count_in_box(const int16_t box[4], const int16_t image_box[4], float rotation_x, float rotation_y,
                                     PIX *mask, int tesseracts);

#ifdef __cplusplus
}
#endif

#endif
