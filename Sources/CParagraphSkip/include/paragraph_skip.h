#ifndef OCR_WORKER_PARAGRAPH_SKIP_H
#define OCR_WORKER_PARAGRAPH_SKIP_H

/// 1 when libtesseract's calls to TessBaseAPI::DetectParagraphs bind to this executable's
/// definition, which skips the detection in modes whose blocks are single lines and where the
/// caller has no use for paragraphs (CEngineHints); else 0.
int ow_paragraph_skip_bound(void);

/// How many paragraph detections this process has skipped (for checks and tests).
unsigned long ow_paragraph_skip_count(void);

#endif
