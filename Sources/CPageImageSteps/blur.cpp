// Leptonica's pixBlockconv, which Tesseract calls to blur its text-line projection
// (TextlineProjection::ConstructProjection) on every page it lays out. Leptonica's builds a
// table of sums of 4 bytes a pixel first; CLeptonicaReplicas' ow_blockconv_gray gives the same
// bytes from column sums of the rows under the window. What it does not do (colour, colormaps,
// kernels larger than the image) goes to Leptonica's.
#include "page_image_steps.h"
#include "steps.h"

#include <atomic>

#include "blockconv.h"
#include "next_definition.h"

typedef PIX *(*blockconv)(PIX *, l_int32, l_int32);

namespace {
std::atomic<unsigned long> blurred{0};
}

extern "C" PIX *pixBlockconv(PIX *pix, l_int32 wc, l_int32 hc) {
    if (PIX *blurred_pix = ow_blockconv_gray(pix, wc, hc)) {
        blurred.fetch_add(1, std::memory_order_relaxed);
        return blurred_pix;
    }
    static const auto leptonica_entry = next_definition<blockconv>(BLOCKCONV);
    return leptonica_entry != nullptr ? leptonica_entry(pix, wc, hc) : nullptr;
}

extern "C" unsigned long ow_page_image_steps_blurred(void) { return blurred.load(); }

bool blur_bound() { return binds_here(BLOCKCONV, reinterpret_cast<void *>(&pixBlockconv)); }
