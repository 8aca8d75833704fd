#if canImport(Glibc)
import CMalloc
#endif

/// Gives the C heap's free pages back to the system once a figure has left many of them.
/// Decoded figures and Tesseract's page images are tens of megabytes each; glibc keeps freed
/// memory for reuse (and raises its mmap threshold after such frees), so without this a
/// worker's resident size climbs to that of the largest figure it has read and stays there.
/// Trimming after every figure cost about 4 ms a figure (pages handed back are faulted in again
/// by the next figure), so small figures, which leave little free, are let be. Over the bench's
/// 69 figures (`fast`, 2 jobs), trimming above 16 MB free rather than 32 faulted 31,000 more
/// pages (about 0.3% of the run's CPU at 2 us a fault) and lowered the peak of summed RSS over
/// 1,000 figures from 251 to 240 MB: an idle worker holds 75-81 MB, not 85-95. Above 8 MB cost
/// 90,000 faults more.
enum HeapTrim {
    /// Free heap bytes above which a trim pays for itself.
    static let worthwhileFreeBytes = 16 << 20

    /// Returns every whole free page of the heap (`malloc_trim(0)`) when more than
    /// `worthwhileFreeBytes` are free; a no-op elsewhere than glibc.
    static func returnFreeMemory() {
        #if canImport(Glibc)
        if mallinfo2().fordblks > worthwhileFreeBytes { _ = malloc_trim(0) }
        #endif
    }
}
