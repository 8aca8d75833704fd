import Foundation

/// How to start a worker process: this program's own executable with the hidden `_child`
/// command and the options every figure is read with; and the limits the supervisor enforces.
public struct ChildLaunch: Sendable {
    /// The executable (normally `/proc/self/exe`, this very program).
    public var executable: String
    /// Arguments after the executable, starting with the child command's name.
    public var arguments: [String]
    /// Hard wall-clock limit for one request; nil for none.
    public var timeout: Duration?
    /// The address-space limit given to the worker, used to tell memory exhaustion from a crash.
    public var memoryLimitMegabytes: Int?
    /// How long a worker may take to load its engine.
    public var startupTimeout: Duration

    /// A launch from its parts.
    public init(executable: String, arguments: [String], timeout: Duration?, memoryLimitMegabytes: Int?, startupTimeout: Duration = .seconds(120)) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
        self.memoryLimitMegabytes = memoryLimitMegabytes
        self.startupTimeout = startupTimeout
    }

    /// This program's executable: `/proc/self/exe` on Linux, else the path it was started by.
    public static var currentExecutable: String {
        if FileManager.default.fileExists(atPath: "/proc/self/exe"),
           let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
