// Where Leptonica keeps an 8-bit pixel: in 32-bit words, most significant byte first, so on a
// little-endian machine pixel j of a row is byte j ^ 3 (its GET_DATA_BYTE).
#ifndef OCR_WORKER_PIXEL_BYTES_H
#define OCR_WORKER_PIXEL_BYTES_H

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define BYTE_INDEX(j) ((j) ^ 3)
#else
#define BYTE_INDEX(j) (j)
#endif

#endif
