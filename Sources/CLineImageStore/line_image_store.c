// Tesseract hands every word or line image it recognises to its LSTM as an ImageData, which
// keeps the image as a PNG in memory and decodes it again right away (ImageData::SetPix, then
// GetPix). Leptonica writes those PNGs at zlib's default level: deflating them took 3.9 % of the
// CPU of a run over 30 dev-set figures, for bytes that live a few microseconds.
//
// This definition of Leptonica's pixWriteMem is exported from the executable, so it takes
// precedence over Leptonica's for libtesseract's calls. For PNG it asks for stored (level 0)
// deflate blocks through the image's `special` field, which Leptonica's PNG writer reads for
// the level, and restores the field after; PNG is lossless at any level, so Tesseract decodes
// the same pixels. Every other format goes to Leptonica's pixWriteMem unchanged.
//
// The program's own PNG files are written with pixWriteMemPng, which this does not touch.
#define _GNU_SOURCE
#include "line_image_store.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <stdatomic.h>

typedef l_ok (*write_memory)(l_uint8 **, size_t *, PIX *, l_int32);

static atomic_ulong stored;
static _Atomic(write_memory) leptonica_entry;

// Leptonica's own pixWriteMem (the next definition after this executable's), looked up once.
static write_memory leptonica(void) {
    write_memory entry = atomic_load_explicit(&leptonica_entry, memory_order_acquire);
    if (entry == NULL) {
        entry = (write_memory)dlsym(RTLD_NEXT, "pixWriteMem");
        atomic_store_explicit(&leptonica_entry, entry, memory_order_release);
    }
    return entry;
}

l_ok pixWriteMem(l_uint8 **data, size_t *size, PIX *pix, l_int32 format) {
    write_memory entry = leptonica();
    // Leptonica is linked, so it is there; should it not be, fail as Leptonica fails.
    if (entry == NULL) return 1;
    if (format != IFF_PNG || pix == NULL) return entry(data, size, pix, format);
    l_int32 special = pix->special;
    pixSetZlibCompression(pix, 0);
    l_ok status = entry(data, size, pix, format);
    pixSetSpecial(pix, special);
    if (status == 0) atomic_fetch_add_explicit(&stored, 1, memory_order_relaxed);
    return status;
}

int ow_line_image_store_bound(void) {
    return dlsym(RTLD_DEFAULT, "pixWriteMem") == (void *)pixWriteMem;
}

unsigned long ow_line_image_store_count(void) { return atomic_load(&stored); }
