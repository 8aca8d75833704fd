// What the caller of a recognition knows about its image that libtesseract cannot be told
// through its API, for the executable's own definitions of libtesseract's functions to read
// (see engine_hints.c).
#ifndef OCR_WORKER_ENGINE_HINTS_H
#define OCR_WORKER_ENGINE_HINTS_H

#ifdef __cplusplus
extern "C" {
#endif

/// Says, for recognitions started on this thread until said otherwise, whether the image's
/// ruling lines and box outlines were already erased (non-zero) or not (0, the default).
void ow_engine_hints_set_lines_removed(int removed);

/// What this thread last said with `ow_engine_hints_set_lines_removed` (0 if nothing).
int ow_engine_hints_lines_removed(void);

/// Says, for recognitions started on this thread until said otherwise, whether the caller has
/// no use for the page's paragraphs (non-zero), so grouping lines into them may be skipped, or
/// needs them (0, the default).
void ow_engine_hints_set_paragraphs_unused(int unused);

/// What this thread last said with `ow_engine_hints_set_paragraphs_unused` (0 if nothing).
int ow_engine_hints_paragraphs_unused(void);

#ifdef __cplusplus
}
#endif

#endif
