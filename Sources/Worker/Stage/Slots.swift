import Foundation

/// A counting limit between threads: `take` waits for a free slot, `give` returns one.
///
/// Used instead of `DispatchSemaphore`, which traps when it is released while its count is
/// below its starting value, as a read-ahead window is when input ends.
final class Slots: @unchecked Sendable {
    // Unchecked: `free` is guarded by `condition`.
    private let condition = NSCondition()
    private var free: Int

    /// `count` free slots.
    init(_ count: Int) {
        free = count
    }

    /// Waits for a free slot and takes it.
    func take() {
        condition.lock()
        defer { condition.unlock() }
        while free <= 0 { condition.wait() }
        free -= 1
    }

    /// Returns a slot.
    func give() {
        condition.lock()
        defer { condition.unlock() }
        free += 1
        condition.signal()
    }
}
