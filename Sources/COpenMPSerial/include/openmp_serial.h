#ifndef OCR_WORKER_OPENMP_SERIAL_H
#define OCR_WORKER_OPENMP_SERIAL_H

/// 1 when libtesseract's OpenMP regions bind to this executable's entry points and run
/// serially (OMP_THREAD_LIMIT unset or at most 1), else 0 (libgomp's own teams).
int ow_openmp_regions_serial(void);

/// How many OpenMP regions have run serially in this process (for checks and tests).
unsigned long ow_openmp_serial_region_count(void);

#endif
