#if canImport(Glibc)
import CMalloc
#endif

/// Gives the C heap's free pages back to the system. Decoded figures and Tesseract's page
/// images are tens of megabytes each; glibc keeps freed memory for reuse (and raises its mmap
/// threshold after such frees), so without this a worker's resident size climbs to that of the
/// largest figure it has read and stays there.
enum HeapTrim {
    /// Returns every whole free page of the heap (`malloc_trim(0)`); a no-op elsewhere.
    static func returnFreeMemory() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
