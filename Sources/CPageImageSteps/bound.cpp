// Whether libtesseract's calls reach all of this target's definitions.
#include "page_image_steps.h"
#include "steps.h"

extern "C" int ow_page_image_steps_bound(void) { return thresholding_bound() && blur_bound() && box_pixel_count_bound(); }
