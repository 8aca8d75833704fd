#if canImport(Glibc)
import CMalloc
import Glibc
import Testing
@testable import Worker

@Suite("Heap reuse")
struct HeapReuseTests {
    @Test("after keepFreedImages an image-sized block comes from the heap, not a mapping of its own")
    func imageSizedBlocksComeFromTheHeap() throws {
        #expect(HeapReuse.keepFreedImages())
        // The size of a 24-megapixel grey image, the preparation's largest: below glibc's
        // default threshold's ceiling, so only the threshold set here keeps it in the heap
        // in a process that has freed no such mapping yet.
        let size = 24 << 20
        let mappedBefore = mallinfo2().hblkhd
        let block = try #require(malloc(size))
        defer { free(block) }
        // Touched, so the compiler cannot drop the allocation.
        memset(block, 1, size)
        // Other tests may map blocks meanwhile, but none of this size.
        #expect(mallinfo2().hblkhd < mappedBefore + size)
    }
}
#endif
