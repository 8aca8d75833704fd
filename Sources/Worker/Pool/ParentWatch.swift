import Foundation

/// Ends a worker process soon after its supervisor dies (even by `kill -9`), so no orphan keeps
/// reading a figure nobody waits for. An idle worker notices at once (stdin closes); this
/// watch covers one that is busy or hung. Linux's PR_SET_PDEATHSIG would do it, but `prctl` is
/// variadic and cannot be called from Swift.
enum ParentWatch {
    /// Starts a thread that exits the process when the parent changes.
    static func start() {
        let parent = getppid()
        let thread = Thread {
            while true {
                usleep(250_000)
                if getppid() != parent { _exit(0) }
            }
        }
        thread.stackSize = 64 << 10
        thread.start()
    }
}
