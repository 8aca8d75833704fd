import Foundation

/// Everything one batch run needs: its input, where state and outputs go, the pool's size and
/// limits, and how figures are read (passed on to the worker processes).
public struct BatchOptions: Sendable {
    /// Where the figures come from.
    public enum Source: Sendable {
        /// Every image under a folder.
        case images(String)
        /// The lines of a manifest (TSV or NDJSON).
        case manifest(String)
    }

    /// The input.
    public var source: Source
    /// The folder of records to search (default: each image's folder, then ./records).
    public var recordsFolder: String?
    /// The absolute output folder.
    public var out: String
    /// The state database's path.
    public var statePath: String
    /// Worker processes (lanes).
    public var jobs: Int
    /// Attempts per figure when its worker is lost (crash, hang, memory).
    public var attempts: Int
    /// Whether figures that failed for good are tried again.
    public var retryFailed: Bool
    /// Whether to queue behind a run that holds the lock instead of exiting.
    public var wait: Bool
    /// The gene lexicon's version, part of every job's identity.
    public var lexiconVersion: String
    /// How figures are read (the recipe and switches that also go into the identity).
    public var process: ProcessOptions
    /// How worker processes are started, with the timeout and memory limit.
    public var launch: ChildLaunch
    /// Whether a live progress line is drawn (stderr is a terminal).
    public var liveProgress: Bool
    /// Seconds between log lines when the progress line is not drawn.
    public var logInterval: Double
    /// The command line, stored with the run.
    public var commandLine: String

    /// Options from their parts.
    public init(
        source: Source, recordsFolder: String?, out: String, statePath: String, jobs: Int, attempts: Int,
        retryFailed: Bool, wait: Bool, lexiconVersion: String, process: ProcessOptions, launch: ChildLaunch,
        liveProgress: Bool, logInterval: Double, commandLine: String
    ) {
        self.source = source
        self.recordsFolder = recordsFolder
        self.out = out
        self.statePath = statePath
        self.jobs = jobs
        self.attempts = attempts
        self.retryFailed = retryFailed
        self.wait = wait
        self.lexiconVersion = lexiconVersion
        self.process = process
        self.launch = launch
        self.liveProgress = liveProgress
        self.logInterval = logInterval
        self.commandLine = commandLine
    }
}
