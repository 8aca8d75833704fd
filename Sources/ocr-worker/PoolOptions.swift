import ArgumentParser
import Foundation
import Worker

/// The worker pool's size and limits, shared by `batch` and `stage`.
struct PoolOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Worker processes, one engine each (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Hard limit per figure in seconds: a worker past it is killed and the figure fails (0: none).", valueName: "seconds"))
    var timeout: Double = 300

    @Option(name: .long, help: ArgumentHelp("Attempts per figure when its worker crashes, hangs or runs out of memory.", valueName: "n"))
    var attempts: Int = 2

    @Option(name: .long, help: ArgumentHelp("Address-space limit per worker process in MB (0: none).", valueName: "mb"))
    var maxMemory: Int = 4096

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if timeout < 0 { throw ValidationError("--timeout must not be negative") }
        if attempts < 1 { throw ValidationError("--attempts must be at least 1") }
        if maxMemory < 0 { throw ValidationError("--max-memory must not be negative") }
    }

    /// How the pool starts its workers.
    func launch(reading: ReadingOptions) -> ChildLaunch {
        ChildLaunch(
            executable: ChildLaunch.currentExecutable,
            arguments: ["_child"] + reading.childArguments + ["--max-memory", String(maxMemory)],
            timeout: timeout > 0 ? .milliseconds(Int((timeout * 1000).rounded())) : nil,
            memoryLimitMegabytes: maxMemory > 0 ? maxMemory : nil
        )
    }
}
