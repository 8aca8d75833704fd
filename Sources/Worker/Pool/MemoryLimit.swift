import Foundation

/// Caps a worker process's address space, so a figure that makes the OCR library allocate
/// without bound fails that process (and is reported as out of memory) instead of the machine.
enum MemoryLimit {
    /// Sets the soft and hard address-space limit to `megabytes`; failure leaves no limit.
    static func apply(megabytes: Int) {
        let bytes = rlim_t(megabytes) << 20
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        #if os(Linux)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        #else
        _ = setrlimit(RLIMIT_AS, &limit)
        #endif
    }
}
