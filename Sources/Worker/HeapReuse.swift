#if canImport(Glibc)
import CMalloc
#endif

/// Keeps the page-sized images a prepared figure frees in the heap, for the next ones.
///
/// The `figure` recipe's preparation and passes make and free dozens of images of the upscaled
/// figure, up to 24 MB each. glibc serves each allocation above its mmap threshold with a fresh
/// mapping and unmaps it on free, and it trims the top of the heap once more than twice that
/// threshold is free; either way the next image's pages are faulted in and zeroed by the kernel
/// again. Over the dev set's 80 WikiPathways JPEGs, with the images kept in the heap, `figure`
/// took 3.0 million page faults instead of 5.9 and 7.3% less time. `fast`, which makes few such
/// images, gained 0.5% with the same thresholds: it keeps glibc's defaults, and with them its
/// peak memory, the one `scripts/bench` holds under 250 MB.
///
/// The heap then holds a figure's largest working set until the figure is done, when
/// `HeapTrim` hands what is free back: a `figure` process's peak resident size grew by 11 MB at
/// the median of those figures (125 -> 137 MB), by 38 MB at most.
enum HeapReuse {
    /// glibc's largest mmap threshold on 64-bit systems (`DEFAULT_MMAP_THRESHOLD_MAX`, 32 MB):
    /// allocations up to it come from the heap (the prepared figure is at most 24 MB). Larger
    /// ones are still mapped and unmapped.
    static let mmapThreshold: Int32 = 32 << 20
    /// Free bytes at the top of the heap past which a free trims it: far above a figure's
    /// working set, so nothing is handed back in the middle of a figure.
    static let trimThreshold: Int32 = 1 << 30

    /// Serves image-sized allocations from the heap and stops trimming it on free, for the
    /// whole process (glibc's thresholds are global). Returns false where this is not glibc or
    /// glibc refused a value.
    @discardableResult
    static func keepFreedImages() -> Bool {
        #if canImport(Glibc)
        // Setting either threshold also ends glibc's own adjustment of both.
        return mallopt(M_MMAP_THRESHOLD, mmapThreshold) == 1 && mallopt(M_TRIM_THRESHOLD, trimThreshold) == 1
        #else
        return false
        #endif
    }
}
