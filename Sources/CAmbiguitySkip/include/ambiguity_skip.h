// Tesseract's universal ambiguities, not loaded by LSTM engines (see universal_ambiguities.cpp).
#ifndef OCR_WORKER_AMBIGUITY_SKIP_H
#define OCR_WORKER_AMBIGUITY_SKIP_H

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when libtesseract's calls to `UnicharAmbigs::LoadUniversal` reach the executable's definition.
int ow_ambiguity_skip_bound(void);

/// How many engine starts in this process did not load the table.
unsigned long ow_ambiguity_skip_count(void);

#ifdef __cplusplus
}
#endif

#endif
