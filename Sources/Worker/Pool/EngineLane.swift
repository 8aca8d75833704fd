import Evidence
import Foundation

/// One supervised worker process and the requests sent to it, one at a time: starts the
/// process on first use, enforces the hard timeout, and turns a crash, hang or memory
/// exhaustion into a failure of that request, starting a fresh process for the next one.
///
/// Not `Sendable`: one lane thread owns it.
final class EngineLane {
    /// What became of one request.
    enum Outcome {
        /// The worker answered (each target may still have failed on its own).
        case replied(ChildReply)
        /// The worker was lost on this request: crashed, hung past the timeout, or out of memory.
        case lost(WorkerError)
    }

    private let launch: ChildLaunch
    private var child: ChildProcess?
    /// Started by `startWorker()`, its ready line not read yet (it loads its engine meanwhile).
    private var starting: ChildProcess?
    /// Worker processes this lane has started, replacements included.
    private(set) var processesStarted = 0

    /// A lane that starts its worker on first use, or at `startWorker()`.
    init(launch: ChildLaunch) {
        self.launch = launch
    }

    /// Starts the worker process now without waiting for its engine, so the engine loads while
    /// the caller goes on (a batch's planning); the first request waits for it to be ready. A
    /// worker that cannot be started here is started again, and its error reported, then.
    func startWorker() {
        guard child == nil, starting == nil else { return }
        starting = try? spawn()
    }

    /// Sends `request` and waits for the reply. Throws only when no worker can be started (the
    /// engine or its model is unavailable): nothing can succeed then.
    func perform(_ request: ChildRequest) throws -> Outcome {
        let process = try startedChild()
        guard process.send(request.line) else { return .lost(ended(process, doing: "reading \(request.targets[0].image)")) }
        let deadline = launch.timeout.map { ContinuousClock.now + $0 }
        switch process.readLine(until: deadline) {
        case .timedOut:
            return .lost(timedOut(process, image: request.targets[0].image))
        case .endOfFile:
            return .lost(ended(process, doing: "reading \(request.targets[0].image)"))
        case let .line(header):
            do {
                var (reply, count) = try ChildReply.parseHeader(header)
                for _ in 0..<count {
                    switch process.readLine(until: deadline) {
                    case let .line(line): reply.lines.append(line)
                    case .timedOut: return .lost(timedOut(process, image: request.targets[0].image))
                    case .endOfFile: return .lost(ended(process, doing: "writing the reply for \(request.targets[0].image)"))
                    }
                }
                guard reply.id == request.id, reply.results.count == request.targets.count else {
                    throw WorkerError(.childProtocol, "reply \(reply.id) does not answer request \(request.id)")
                }
                return .replied(reply)
            } catch {
                process.terminate()
                _ = process.wait()
                child = nil
                return .lost(WorkerError(.childProtocol, "\(request.targets[0].image): the worker process sent an unreadable reply (\(error))"))
            }
        }
    }

    /// Asks the worker to finish and waits for it.
    func shutDown() {
        for process in [child, starting].compactMap({ $0 }) {
            process.closeInput()
            _ = process.wait()
        }
        child = nil
        starting = nil
    }

    /// A new worker process, counted.
    private func spawn() throws -> ChildProcess {
        let process = try ChildProcess.spawn(executable: launch.executable, arguments: launch.arguments)
        processesStarted += 1
        return process
    }

    private func startedChild() throws -> ChildProcess {
        if let child { return child }
        let process: ChildProcess
        if let starting {
            process = starting
            self.starting = nil
        } else {
            process = try spawn()
        }
        switch process.readLine(until: ContinuousClock.now + launch.startupTimeout) {
        case let .line(line):
            let value = try? OrderedJSONParser.parse(line)
            if value?["ready"] == .bool(true) {
                child = process
                return process
            }
            _ = process.wait()
            var message = "the worker process could not start its engine"
            if case let .string(text)? = value?["message"] { message = text }
            if case let .string(code)? = value?["code"],
               [FailureKind.engineUnavailable.rawValue, FailureKind.lexiconUnavailable.rawValue].contains(code) {
                throw EngineUnavailable(message: message)
            }
            throw WorkerError(.childProtocol, message)
        case .timedOut:
            process.terminate()
            _ = process.wait()
            throw WorkerError(.childProtocol, "the worker process did not start within \(launch.startupTimeout)")
        case .endOfFile:
            let (termination, _) = process.wait()
            throw WorkerError(.childProtocol, "the worker process ended while starting (\(Self.describe(termination)))")
        }
    }

    private func timedOut(_ process: ChildProcess, image: String) -> WorkerError {
        process.terminate()
        _ = process.wait()
        child = nil
        let limit = launch.timeout.map { "\(Self.seconds($0)) s" } ?? "its limit"
        return WorkerError(.childTimedOut, "\(image): not finished after \(limit) (--timeout); the worker process was killed")
    }

    /// Why a worker that stopped answering ended: a signal (a crash, or memory exhaustion when it
    /// died with more than half its address-space limit resident (the rest is libraries and
    /// reserved arenas), or by a SIGKILL nobody here sent, the kernel's OOM killer's way).
    private func ended(_ process: ChildProcess, doing what: String) -> WorkerError {
        process.closeInput()
        let (termination, peakKilobytes) = process.wait()
        child = nil
        let peak = "peak memory \(peakKilobytes / 1024) MB"
        if case let .signaled(signal) = termination {
            let nearLimit = launch.memoryLimitMegabytes.map { peakKilobytes >= $0 * 1024 / 2 } ?? false
            if nearLimit || signal == SIGKILL {
                let limit = launch.memoryLimitMegabytes.map { ", limit \($0) MB (--max-memory)" } ?? ""
                return WorkerError(.childOutOfMemory, "\(what): the worker process ran out of memory (\(Self.describe(termination)), \(peak)\(limit))")
            }
        }
        return WorkerError(.childCrashed, "\(what): the worker process crashed (\(Self.describe(termination)), \(peak))")
    }

    static func describe(_ termination: ChildProcess.Termination) -> String {
        switch termination {
        case let .exited(status): return "exit status \(status)"
        case let .signaled(signal):
            let names: [Int32: String] = [SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM"]
            return "signal \(signal)" + (names[signal].map { " \($0)" } ?? "")
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = duration.inSeconds
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// No worker process could load the OCR engine or its model; every figure would fail.
public struct EngineUnavailable: Error, Sendable, CustomStringConvertible {
    /// The worker's own message (names the tessdata folder and languages).
    public let message: String
    /// The message.
    public var description: String { message }
}
