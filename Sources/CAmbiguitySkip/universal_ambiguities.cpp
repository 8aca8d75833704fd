// Every engine start read Tesseract's table of "universal ambiguities" (pairs such as rn/m
// that its legacy classifier and word search weigh), parsing each of its thousands of lines
// and inserting it into sorted lists: 73 % of the instructions of a one-figure `process` run
// on a small image, about 0.1 s of every engine's start. Only the legacy engine reads the
// table (its adaptive classifier, the dangerous-ambiguity check of its language model, box
// training); the LSTM engine never does. This executable starts LSTM engines only: it asks for
// OEM_LSTM_ONLY, and Engine refuses models without an LSTM network, the one case where
// Tesseract would fall back to the legacy engine.
//
// So this definition of `UnicharAmbigs::LoadUniversal` (by its mangled name, exported from the
// executable, so that libtesseract's call from `Tesseract::init_tesseract_lang_data` reaches it
// through the PLT) loads nothing. A model's own ambiguities component, when it has one, is
// still loaded by libtesseract.
#include "ambiguity_skip.h"

#include <atomic>
#include <dlfcn.h>

#define LOAD_UNIVERSAL "_ZN9tesseract13UnicharAmbigs13LoadUniversalERKNS_10UNICHARSETEPS1_"

static std::atomic<unsigned long> skipped{0};

// The member function as the C++ ABI calls it: the table (`this`), then the two character sets.
extern "C" void ow_load_universal_ambiguities(void *table, const void *encoder_set, void *unicharset) __asm__(LOAD_UNIVERSAL);

extern "C" void ow_load_universal_ambiguities(void *, const void *, void *) {
    skipped.fetch_add(1, std::memory_order_relaxed);
}

extern "C" int ow_ambiguity_skip_bound(void) {
    return dlsym(RTLD_DEFAULT, LOAD_UNIVERSAL) == reinterpret_cast<void *>(&ow_load_universal_ambiguities);
}

extern "C" unsigned long ow_ambiguity_skip_count(void) { return skipped.load(std::memory_order_relaxed); }
