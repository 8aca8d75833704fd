// Per thread, because each engine runs on the one thread that calls it, and engines of other
// lanes may be recognising other images at the same time in the same process.
#include "engine_hints.h"

static _Thread_local int lines_removed;

void ow_engine_hints_set_lines_removed(int removed) { lines_removed = removed != 0; }

int ow_engine_hints_lines_removed(void) { return lines_removed; }

static _Thread_local int paragraphs_unused;

void ow_engine_hints_set_paragraphs_unused(int unused) { paragraphs_unused = unused != 0; }

int ow_engine_hints_paragraphs_unused(void) { return paragraphs_unused; }
