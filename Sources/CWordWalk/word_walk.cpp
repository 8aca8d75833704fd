// Tesseract's result iterator (ResultIterator) orders the words of each line for bidirectional
// text. To do so, every step to the next word, every IsAtBeginningOf and every word's text walks
// the page again from its first word to the current line (PAGE_RES_IT::restart_row): about ten
// walks a word, so reading a page's words costs time quadratic in its words: 1.7% of a `fast`
// batch over the bench's figures, 5% of the user time on a figure with a few hundred words.
//
// Where no word reads right to left, the result iterator's order is strictly left to right, and
// its left-to-right base class (LTRResultIterator, public API) gives the same positions, starts,
// boxes and confidences in one pass. The word text is put together as the result iterator does
// in a left-to-right context: each symbol's text in blob order (WERD_RES::BestUTF8), with no
// direction marks (those come only with right-to-left words).
#include "word_walk.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <tesseract/baseapi.h>
#include <tesseract/ltrresultiterator.h>
#include <tesseract/resultiterator.h>

namespace {

// The word's text as ResultIterator::GetUTF8Text(RIL_WORD) gives it in a left-to-right context.
char *word_text(const tesseract::LTRResultIterator &at_word) {
    std::string text;
    tesseract::LTRResultIterator symbol(at_word);
    while (!symbol.Empty(tesseract::RIL_SYMBOL)) {
        char *piece = symbol.GetUTF8Text(tesseract::RIL_SYMBOL);
        if (piece) {
            text += piece;
            delete[] piece;
        }
        if (!symbol.Next(tesseract::RIL_SYMBOL) || symbol.IsAtBeginningOf(tesseract::RIL_WORD)) break;
    }
    char *copy = static_cast<char *>(std::malloc(text.size() + 1));
    if (copy) std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}

void free_positions(std::vector<ow_word_position> &positions) {
    for (auto &position : positions) std::free(position.text);
    positions.clear();
}

// The positions into `positions` (the caller frees them when this throws), then into an array.
long walk(TessBaseAPI *api, ow_word_position **result, std::vector<ow_word_position> &positions) {
    std::unique_ptr<tesseract::ResultIterator> iterator(api->GetIterator());
    if (!iterator) return 0;
    // The left-to-right view of the same results, from the page's first position.
    tesseract::LTRResultIterator walk(*iterator);
    walk.Begin();
    do {
        if (!walk.Empty(tesseract::RIL_WORD)) {
            tesseract::StrongScriptDirection direction = walk.WordDirection();
            if (direction == tesseract::DIR_RIGHT_TO_LEFT || direction == tesseract::DIR_MIX) {
                free_positions(positions);
                return -1;
            }
        }
        ow_word_position position = {};
        if (walk.IsAtBeginningOf(tesseract::RIL_BLOCK)) position.starts |= OW_STARTS_BLOCK;
        if (walk.IsAtBeginningOf(tesseract::RIL_PARA)) position.starts |= OW_STARTS_PARAGRAPH;
        if (walk.IsAtBeginningOf(tesseract::RIL_TEXTLINE)) position.starts |= OW_STARTS_LINE;
        position.has_box = walk.BoundingBox(tesseract::RIL_WORD, &position.left, &position.top, &position.right, &position.bottom);
        position.confidence = walk.Confidence(tesseract::RIL_WORD);
        positions.push_back(position);
        // As the result iterator: no text where the position has no word (an image block).
        if (!walk.Empty(tesseract::RIL_WORD)) {
            positions.back().text = word_text(walk);
            if (!positions.back().text) {
                free_positions(positions);
                return -1;
            }
        }
    } while (walk.Next(tesseract::RIL_WORD));
    if (positions.empty()) return 0;
    auto *array = static_cast<ow_word_position *>(std::malloc(positions.size() * sizeof(ow_word_position)));
    if (!array) {
        free_positions(positions);
        return -1;
    }
    std::memcpy(array, positions.data(), positions.size() * sizeof(ow_word_position));
    *result = array;
    return static_cast<long>(positions.size());
}

} // namespace

extern "C" long ow_word_positions(TessBaseAPI *api, ow_word_position **result) {
    *result = nullptr;
    std::vector<ow_word_position> positions;
    try {
        return walk(api, result, positions);
    } catch (...) {
        // Out of memory in the vector or the strings: the caller walks the result iterator.
        free_positions(positions);
        return -1;
    }
}

extern "C" void ow_word_positions_free(ow_word_position *positions, long count) {
    if (!positions) return;
    for (long i = 0; i < count; i++) std::free(positions[i].text);
    std::free(positions);
}
