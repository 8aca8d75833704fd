// Tesseract's line finding, skipped where the lines are already erased (see line_finding_skip.cpp).
#ifndef OCR_WORKER_LINE_FINDING_SKIP_H
#define OCR_WORKER_LINE_FINDING_SKIP_H

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when libtesseract's calls to `LineFinder::FindAndRemoveLines` reach the executable's definition.
int ow_line_finding_skip_bound(void);

/// How many line searches this process skipped so far.
unsigned long ow_line_finding_skip_count(void);

#ifdef __cplusplus
}
#endif

#endif
