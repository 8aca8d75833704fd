// The definition after this executable's of a symbol the executable also defines (the
// library's own), for the cases a definition here hands back.
#ifndef OCR_WORKER_NEXT_DEFINITION_H
#define OCR_WORKER_NEXT_DEFINITION_H

#include <dlfcn.h>

template <typename Entry> Entry next_definition(const char *name) {
    static_assert(sizeof(Entry) == sizeof(void *), "a function pointer");
    return reinterpret_cast<Entry>(dlsym(RTLD_NEXT, name));
}

// Whether libtesseract's calls to `name` reach `ours` (the executable's definition comes first).
inline bool binds_here(const char *name, const void *ours) { return dlsym(RTLD_DEFAULT, name) == ours; }

#endif
