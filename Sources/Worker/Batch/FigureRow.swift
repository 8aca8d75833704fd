import GRDB

/// One figure's row in the batch state: where it is, what it was read with, how far it got.
public struct FigureRow: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    /// The table's name.
    public static let databaseTableName = "figure"

    /// The row id.
    public var id: Int64?
    /// The image's absolute path (unique).
    public var imagePath: String
    /// SHA-256 of the image bytes, or nil when the image cannot be read.
    public var imageSHA256: String?
    /// The record file used, or nil when none was found.
    public var recordPath: String?
    /// SHA-256 of the record file's bytes.
    public var recordSHA256: String?
    /// The recipe identifier, e.g. `fast/1`.
    public var recipe: String
    /// The gene lexicon's version, or `none`.
    public var lexicon: String
    /// The job identity: a digest of everything the outputs depend on (see `JobIdentity`).
    public var jobKey: String
    /// `pending`, `running`, `done` or `failed`.
    public var status: String
    /// Finished attempts (a run killed mid-figure does not count one).
    public var attempts: Int
    /// The last failure's stable code.
    public var errorCode: String?
    /// The last failure's message.
    public var errorMessage: String?
    /// The enriched record's name.
    public var figid: String?
    /// The files written, one path per line.
    public var outputs: String?
    /// Tokens read.
    public var tokens: Int?
    /// Genes found.
    public var genes: Int?
    /// Seconds the worker spent on the figure.
    public var seconds: Double?
    /// When the last attempt started (seconds since 1970).
    public var startedAt: Double?
    /// When it last finished (seconds since 1970).
    public var finishedAt: Double?
    /// The run that last touched it.
    public var runID: Int64?

    enum CodingKeys: String, CodingKey {
        case id
        case imagePath = "image_path"
        case imageSHA256 = "image_sha256"
        case recordPath = "record_path"
        case recordSHA256 = "record_sha256"
        case recipe, lexicon
        case jobKey = "job_key"
        case status, attempts
        case errorCode = "error_code"
        case errorMessage = "error_message"
        case figid, outputs, tokens, genes, seconds
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case runID = "run_id"
    }

    /// The output paths.
    public var outputList: [String] {
        (outputs ?? "").split(separator: "\n").map(String.init)
    }

    /// Keeps the id SQLite chose.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// The statuses a figure row can have.
public enum FigureStatus: String, Sendable, CaseIterable {
    /// Waiting for a lane.
    case pending
    /// Handed to a worker process by a run that may since have died.
    case running
    /// Outputs written for the current job identity.
    case done
    /// Failed for good (until its inputs change or `--retry-failed`).
    case failed
}
