// Tesseract enters an OpenMP region for every time step of every LSTM layer. With one thread
// allowed (one engine per core), libgomp still builds and ends a team of one for each, with a
// futex wake-up system call every time: 63,000 for a 2-megapixel figure, 3-4 % of the CPU.
//
// These definitions of the libgomp entry points libtesseract imports are exported from the
// executable, so they take precedence over libgomp's. With one thread allowed they run the
// region's body directly, which is what a team of one runs: outside a team
// omp_get_num_threads() is 1 and omp_get_thread_num() 0, so a parallel loop's body covers
// every iteration, and the sections of a `parallel sections` region are handed out one after
// another. With more threads allowed (OMP_THREAD_LIMIT above 1, set by the user) every call
// goes to libgomp's own entry point.
#define _GNU_SOURCE
#include "openmp_serial.h"

#include <dlfcn.h>
#include <stdatomic.h>
#include <stdlib.h>

typedef void (*region_body)(void *);

static atomic_ulong serial_regions;

// libgomp's own entry points, once looked up (non-serial mode only).
static _Atomic(void *) parallel_entry;
static _Atomic(void *) sections_entry;
static _Atomic(void *) next_entry;
static _Atomic(void *) end_entry;

// 1: serial; 0: libgomp's. Decided once; racing first calls decide the same.
static int serial(void) {
    static atomic_int decided = -1;
    int mode = atomic_load_explicit(&decided, memory_order_relaxed);
    if (mode < 0) {
        const char *limit = getenv("OMP_THREAD_LIMIT");
        mode = limit == NULL || atoi(limit) <= 1;
        atomic_store_explicit(&decided, mode, memory_order_relaxed);
    }
    return mode;
}

// libgomp's definition of `name` (the next one after this executable's), looked up once per
// entry point: `cache` keeps it, since a region is entered per LSTM time step.
static void *library(const char *name, _Atomic(void *) *cache) {
    void *symbol = atomic_load_explicit(cache, memory_order_acquire);
    if (symbol == NULL) {
        symbol = dlsym(RTLD_NEXT, name);
        if (symbol == NULL) abort();  // libtesseract imports it, so libgomp is loaded and has it
        atomic_store_explicit(cache, symbol, memory_order_release);
    }
    return symbol;
}

void GOMP_parallel(region_body body, void *data, unsigned threads, unsigned flags) {
    if (serial()) {
        atomic_fetch_add_explicit(&serial_regions, 1, memory_order_relaxed);
        body(data);
        return;
    }
    ((void (*)(region_body, void *, unsigned, unsigned))library("GOMP_parallel", &parallel_entry))(body, data, threads, flags);
}

// The sections of the innermost serial `parallel sections` region on this thread: the next
// to hand out (numbered from 1) and how many there are.
static _Thread_local struct {
    unsigned next, count;
} sections;

void GOMP_parallel_sections(region_body body, void *data, unsigned threads, unsigned count, unsigned flags) {
    if (serial()) {
        atomic_fetch_add_explicit(&serial_regions, 1, memory_order_relaxed);
        __typeof__(sections) outer = sections;
        sections.next = 1;
        sections.count = count;
        body(data);
        sections = outer;
        return;
    }
    ((void (*)(region_body, void *, unsigned, unsigned, unsigned))library("GOMP_parallel_sections", &sections_entry))(
        body, data, threads, count, flags);
}

unsigned GOMP_sections_next(void) {
    if (serial()) return sections.next <= sections.count ? sections.next++ : 0;
    return ((unsigned (*)(void))library("GOMP_sections_next", &next_entry))();
}

void GOMP_sections_end_nowait(void) {
    if (serial()) return;
    ((void (*)(void))library("GOMP_sections_end_nowait", &end_entry))();
}

int ow_openmp_regions_serial(void) {
    return serial() && dlsym(RTLD_DEFAULT, "GOMP_parallel") == (void *)GOMP_parallel;
}

unsigned long ow_openmp_serial_region_count(void) { return atomic_load(&serial_regions); }
