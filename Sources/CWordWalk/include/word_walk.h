#ifndef OCR_WORKER_WORD_WALK_H
#define OCR_WORKER_WORD_WALK_H

#include <tesseract/capi.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Where a word position begins a new block, paragraph or text line.
enum {
    OW_STARTS_BLOCK = 1,
    OW_STARTS_PARAGRAPH = 2,
    OW_STARTS_LINE = 4,
};

/// One word position of a recognised page, as Tesseract's result iterator reports it.
typedef struct ow_word_position {
    /// The word's text (UTF-8, owned by the walk), or NULL where the iterator gives none.
    char *text;
    /// Tesseract's confidence in the word, 0-100.
    float confidence;
    /// Whether the box below is set.
    int has_box;
    int left, top, right, bottom;
    /// OW_STARTS_* flags.
    int starts;
} ow_word_position;

/// The word positions of the page `api` last recognised, in the order, with the text, boxes,
/// confidences and block, paragraph and line starts that Tesseract's result iterator gives
/// (`TessResultIteratorNext(it, RIL_WORD)` from `TessBaseAPIGetIterator`), in time linear in
/// the page's words. Returns the number of positions (and the array in `positions`, to free
/// with ow_word_positions_free), 0 for an empty page, or -1 when the page holds right-to-left
/// or mixed-direction words, whose reading order only the result iterator knows (or when
/// memory ran out): walk it then.
long ow_word_positions(TessBaseAPI *api, ow_word_position **positions);

/// Frees what ow_word_positions returned.
void ow_word_positions_free(ow_word_position *positions, long count);

#ifdef __cplusplus
}
#endif

#endif
