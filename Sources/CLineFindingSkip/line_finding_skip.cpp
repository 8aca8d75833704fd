// Before laying out every page, Tesseract searches its binary image for ruling lines
// (LineFinder::FindAndRemoveLines: openings with long bricks, then vectors fitted to what they
// leave) and erases them: 4.8 % of the instructions of a `figure` run on the dev set's
// WP111.jpg. The figure recipe's passes read views of the prepared figure, whose lines and
// box outlines its own `lines` step has already erased; the caller says so through
// CEngineHints around each recognition of such a view.
//
// This definition of that static member function (by its mangled name, exported from the
// executable, so libtesseract's call from SetupPageSegAndDetectOrientation reaches it through
// the PLT) then returns having found nothing, which is what the search finds on a page without
// lines: no vectors, no vertical skew, no music mask. Otherwise it calls libtesseract's.
#include "line_finding_skip.h"

#include <atomic>
#include <dlfcn.h>

#include "engine_hints.h"

#define FIND_AND_REMOVE_LINES "_ZN9tesseract10LineFinder18FindAndRemoveLinesEibNS_5ImageEPiS2_PS1_PNS_14TabVector_LISTES5_"

// The function as the C++ ABI calls it: `Image` is a class holding one Pix pointer, passed as
// that pointer; the rest are plain pointers.
typedef void (*find_and_remove_lines)(int resolution, bool debug, void *pix, int *vertical_x, int *vertical_y,
                                      void *music_mask, void *v_lines, void *h_lines);

static std::atomic<unsigned long> skipped{0};

extern "C" void ow_find_and_remove_lines(int resolution, bool debug, void *pix, int *vertical_x, int *vertical_y,
                                         void *music_mask, void *v_lines, void *h_lines) __asm__(FIND_AND_REMOVE_LINES);

extern "C" void ow_find_and_remove_lines(int resolution, bool debug, void *pix, int *vertical_x, int *vertical_y,
                                         void *music_mask, void *v_lines, void *h_lines) {
    if (ow_engine_hints_lines_removed()) {
        skipped.fetch_add(1, std::memory_order_relaxed);
        // As libtesseract's search sets it when it finds no lines (its caller starts it null).
        if (music_mask != nullptr) *static_cast<void **>(music_mask) = nullptr;
        return;
    }
    static const find_and_remove_lines tesseracts =
        reinterpret_cast<find_and_remove_lines>(dlsym(RTLD_NEXT, FIND_AND_REMOVE_LINES));
    // Not found: libtesseract calls only what it defines, so this cannot be reached by its calls.
    if (tesseracts != nullptr) tesseracts(resolution, debug, pix, vertical_x, vertical_y, music_mask, v_lines, h_lines);
}

extern "C" int ow_line_finding_skip_bound(void) {
    return dlsym(RTLD_DEFAULT, FIND_AND_REMOVE_LINES) == reinterpret_cast<void *>(&ow_find_and_remove_lines);
}

extern "C" unsigned long ow_line_finding_skip_count(void) { return skipped.load(std::memory_order_relaxed); }
