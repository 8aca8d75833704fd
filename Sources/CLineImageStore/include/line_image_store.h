#ifndef OCR_WORKER_LINE_IMAGE_STORE_H
#define OCR_WORKER_LINE_IMAGE_STORE_H

/// 1 when libtesseract's pixWriteMem calls bind to this executable's definition, so the PNG
/// copies Tesseract keeps of the images it recognises are stored without compression; else 0.
int ow_line_image_store_bound(void);

/// How many PNG images this process has written without compression (for checks and tests).
unsigned long ow_line_image_store_count(void);

#endif
