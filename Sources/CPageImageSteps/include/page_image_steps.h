#ifndef OCR_WORKER_PAGE_IMAGE_STEPS_H
#define OCR_WORKER_PAGE_IMAGE_STEPS_H

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when libtesseract's calls to all three steps (its one-channel thresholding, its image of
/// thresholds, Leptonica's pixBlockconv) bind to this executable's definitions; else 0.
int ow_page_image_steps_bound(void);

/// How many pages this process thresholded 32 pixels a step (for checks and tests).
unsigned long ow_page_image_steps_thresholded(void);

/// How many images of thresholds this process made at reduced size.
unsigned long ow_page_image_steps_reduced_thresholds(void);

/// How many block convolutions this process did without Leptonica's table of sums.
unsigned long ow_page_image_steps_blurred(void);

#ifdef __cplusplus
}
#endif

#endif
