import Foundation

/// A worker process started by the supervisor, talked to through two pipes (its stdin and
/// stdout), with a hard deadline on every read and its end status (exit code or signal, peak
/// memory) read back with `wait4`.
///
/// Not `Sendable`: one lane thread owns it.
final class ChildProcess {
    /// How a worker process ended.
    enum Termination: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signaled(Int32)
    }

    /// What one read brought.
    enum LineRead: Equatable {
        /// A whole line, without its newline.
        case line(String)
        /// The process closed its stdout (it ended or is ending).
        case endOfFile
        /// The deadline passed first.
        case timedOut
    }

    /// The process id.
    let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var buffer: [UInt8] = []
    private var reaped = false

    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
    }

    deinit {
        if input >= 0 { close(input) }
        if output >= 0 { close(output) }
        if !reaped {
            Foundation.kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
    }

    /// Starts `executable` with `arguments` (argv[0] excluded) in its own process group, with the
    /// default signal dispositions the supervisor may have changed, and pipes on stdin and stdout
    /// (stderr is shared, so its crash messages reach the log).
    static func spawn(executable: String, arguments: [String]) throws -> ChildProcess {
        // Pipes are made close-on-exec under one lock, so no other worker started at the same
        // moment inherits this one's pipes (it would keep them open and hide an end of file).
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw spawnError("pipe") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw spawnError("pipe")
        }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        // Its own process group: a Ctrl-C or a signal to the supervisor's group does not reach
        // it; the supervisor decides when it ends.
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        // The runtime's crash backtrace is long; a lost worker is already reported in one line.
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        // glibc reserves 64 MB of address space per thread arena: untouched, but counted by the
        // --max-memory limit (RLIMIT_AS), which then stops a worker long before its memory is
        // used. The worker reads one figure at a time; two arenas are plenty.
        if environment["MALLOC_ARENA_MAX"] == nil { environment["MALLOC_ARENA_MAX"] = "2" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw WorkerError(.childProtocol, "cannot start a worker process \(executable): \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    private static let spawnLock = NSLock()

    private static func spawnError(_ what: String) -> WorkerError {
        WorkerError(.childProtocol, "cannot start a worker process (\(what): \(String(cString: strerror(errno))))")
    }

    /// Writes `line` and a newline to the process's stdin; false when it is gone.
    func send(_ line: String) -> Bool {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    /// The next line of the process's stdout, waiting at most until `deadline` (nil: forever).
    func readLine(until deadline: ContinuousClock.Instant?) -> LineRead {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            var timeoutMilliseconds: Int32 = -1
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero { return .timedOut }
                let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1
                timeoutMilliseconds = Int32(clamping: milliseconds)
            }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeoutMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfFile
            }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .endOfFile
            }
            if count == 0 { return .endOfFile }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Closes the process's stdin, which asks a worker to finish and exit.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Ends the process at once (SIGKILL).
    func terminate() {
        if !reaped { Foundation.kill(pid, SIGKILL) }
    }

    /// Waits for the process to end; returns how it ended and its peak resident memory in KiB.
    func wait() -> (termination: Termination, peakKilobytes: Int) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { break }
        }
        reaped = true
        let signal = status & 0x7F
        let termination: Termination = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
        return (termination, Int(usage.ru_maxrss))
    }
}
