// Tesseract groups each block's lines into paragraphs on every recognition
// (TessBaseAPI::DetectParagraphs, before it when `paragraph_text_based` is 0). It walks the
// block with a result iterator whose steps each walk the page's lists again: 5 % of the
// figure recipe's time on large figures. In the sparse and one-line modes every block is a
// single line, so each block is one paragraph, which is also what the iterators report when no
// paragraph was detected: a new paragraph begins only where a new block does.
//
// A caller that has no use for the paragraphs says so through CEngineHints (the `reread`
// pass's page of crops, read as one block of text: each line is a crop, mapped back by its
// tile), and the detection is skipped in any mode; its paragraphs are then its blocks too.
//
// This definition of that member function (by its mangled name; `this` comes first, as the
// C++ ABI passes it) is exported from the executable, so it takes precedence over
// libtesseract's for its own calls through the PLT. In those modes, or when told, it returns at
// once; else it calls libtesseract's.
#define _GNU_SOURCE
#include "paragraph_skip.h"

#include "engine_hints.h"

#include <dlfcn.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <tesseract/capi.h>

#define DETECT_PARAGRAPHS "_ZN9tesseract11TessBaseAPI16DetectParagraphsEb"

typedef void (*detect_paragraphs)(TessBaseAPI *api, bool after_recognition);

static atomic_ulong skipped;
static _Atomic(detect_paragraphs) tesseract_entry;

// The modes whose blocks hold one line each (SegmentationMode.blocksAreSingleLines).
static bool blocks_are_single_lines(TessPageSegMode mode) {
    switch (mode) {
    case PSM_SPARSE_TEXT: case PSM_SPARSE_TEXT_OSD: case PSM_SINGLE_LINE: case PSM_SINGLE_WORD: case PSM_RAW_LINE:
        return true;
    default:
        return false;
    }
}

void ow_detect_paragraphs(TessBaseAPI *api, bool after_recognition) __asm__(DETECT_PARAGRAPHS);

void ow_detect_paragraphs(TessBaseAPI *api, bool after_recognition) {
    if (blocks_are_single_lines(TessBaseAPIGetPageSegMode(api)) || ow_engine_hints_paragraphs_unused()) {
        atomic_fetch_add_explicit(&skipped, 1, memory_order_relaxed);
        return;
    }
    detect_paragraphs entry = atomic_load_explicit(&tesseract_entry, memory_order_acquire);
    if (entry == NULL) {
        entry = (detect_paragraphs)dlsym(RTLD_NEXT, DETECT_PARAGRAPHS);
        // Not found: libtesseract calls only what it defines, so this cannot be reached by its
        // calls; paragraphs stay undetected, as in the single-line modes.
        if (entry == NULL) return;
        atomic_store_explicit(&tesseract_entry, entry, memory_order_release);
    }
    entry(api, after_recognition);
}

int ow_paragraph_skip_bound(void) {
    return dlsym(RTLD_DEFAULT, DETECT_PARAGRAPHS) == (void *)ow_detect_paragraphs;
}

unsigned long ow_paragraph_skip_count(void) { return atomic_load(&skipped); }
