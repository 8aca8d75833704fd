// The mangled names of the definitions this target gives libtesseract, and whether each file's
// definitions are bound (libtesseract's calls reach them), for the target's one check.
#ifndef OCR_WORKER_STEPS_H
#define OCR_WORKER_STEPS_H

#define THRESHOLD_RECT_TO_PIX "_ZNK9tesseract16ImageThresholder18ThresholdRectToPixENS_5ImageEiRKSt6vectorIiSaIiEES6_PS1_"
#define GET_PIX_RECT_THRESHOLDS "_ZN9tesseract16ImageThresholder20GetPixRectThresholdsEv"
#define COUNT_PIXELS_IN_ROTATED_BOX "_ZN9tesseract9ImageFind23CountPixelsInRotatedBoxENS_4TBOXERKS1_RKNS_6FCOORDENS_5ImageE"
#define BLOCKCONV "pixBlockconv"

bool thresholding_bound();
bool blur_bound();
bool box_pixel_count_bound();

#endif
