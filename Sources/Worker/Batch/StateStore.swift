import Foundation
import GRDB

/// The batch state in SQLite (GRDB): one row per figure, written by the supervisor only, in a
/// transaction per change, so a `kill -9` at any moment leaves it consistent.
public final class StateStore: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabaseQueue

    /// What a plan decided for one run.
    public struct Plan: Sendable {
        /// Rows to read now, with the planned figure they came from.
        public var work: [(row: FigureRow, figure: PlannedFigure)]
        /// Figures done earlier with the same identity and their outputs in place.
        public var skipped: Int
        /// Figures that failed before any reading, or earlier for good (not retried).
        public var failed: [FigureRow]
    }

    /// Opens (creating folders and tables as needed) the state at `path`; read-only for `status`.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(30)
        // WAL with synchronous=NORMAL commits without an fsync (3-4 ms each here, two per figure
        // while its lane's worker waits). A killed process loses no committed transaction; a
        // power cut may lose the last few, which only makes their figures run again, and the
        // output files are not fsynced either. Each commit stays atomic, so done still means
        // the files were in place.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            if !readOnly {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } else if !FileManager.default.fileExists(atPath: path) {
                throw WorkerError(.stateUnavailable, "\(path): no batch state here (run `ocr-worker batch` first, or give --state)")
            }
            database = try DatabaseQueue(path: path, configuration: configuration)
            if !readOnly {
                // WAL lets `status` read while a run writes.
                try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
                try Self.migrator.migrate(database)
            }
        } catch let error as WorkerError {
            throw error
        } catch {
            throw WorkerError(.stateUnavailable, "\(path): cannot open the batch state (\(error))")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "figure") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("image_path", .text).notNull().unique()
                table.column("image_sha256", .text)
                table.column("record_path", .text)
                table.column("record_sha256", .text)
                table.column("recipe", .text).notNull()
                table.column("lexicon", .text).notNull()
                table.column("job_key", .text).notNull()
                table.column("status", .text).notNull().indexed()
                    .check(sql: "status IN ('pending', 'running', 'done', 'failed')")
                table.column("attempts", .integer).notNull().defaults(to: 0)
                table.column("error_code", .text)
                table.column("error_message", .text)
                table.column("figid", .text)
                table.column("outputs", .text)
                table.column("tokens", .integer)
                table.column("genes", .integer)
                table.column("seconds", .double)
                table.column("started_at", .double)
                table.column("finished_at", .double)
                table.column("run_id", .integer)
            }
            try db.create(table: "run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("pid", .integer).notNull()
                table.column("started_at", .double).notNull()
                table.column("finished_at", .double)
                table.column("arguments", .text)
                table.column("summary", .text)
            }
        }
        return migrator
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch {
            throw WorkerError(.stateUnavailable, "\(path): cannot write the batch state (\(error))")
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch {
            throw WorkerError(.stateUnavailable, "\(path): cannot read the batch state (\(error))")
        }
    }

    /// Records a new run and returns its id.
    public func startRun(arguments: String) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO run (pid, started_at, arguments) VALUES (?, ?, ?)", arguments: [Int(getpid()), Date().timeIntervalSince1970, arguments])
            return db.lastInsertedRowID
        }
    }

    /// Stores a finished run's summary.
    public func finishRun(_ id: Int64, summary: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE run SET finished_at = ?, summary = ? WHERE id = ?", arguments: [Date().timeIntervalSince1970, summary, id])
        }
    }

    /// Takes back rows left `running` by a run that died (the caller holds the lock, so no live
    /// run owns them); the interrupted attempt is not counted. Returns how many.
    public func takeBackRunning() throws -> Int {
        try write { db in
            try db.execute(sql: "UPDATE figure SET status = 'pending' WHERE status = 'running'")
            return db.changesCount
        }
    }

    /// Decides, for every figure of this run's input, whether it is skipped, failed already, or
    /// to be read, and writes the rows accordingly.
    public func plan(_ figures: [PlannedFigure], runID: Int64, retryFailed: Bool) throws -> Plan {
        try write { db in
            var plan = Plan(work: [], skipped: 0, failed: [])
            for figure in figures {
                let key = figure.identity.key
                var row = try FigureRow.filter(Column("image_path") == figure.imagePath).fetchOne(db)
                    ?? FigureRow(imagePath: figure.imagePath, recipe: figure.identity.recipe, lexicon: figure.identity.lexicon, jobKey: key, status: FigureStatus.pending.rawValue, attempts: 0)
                let sameJob = row.id != nil && row.jobKey == key
                if sameJob && row.status == FigureStatus.done.rawValue && row.outputList.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) && !row.outputList.isEmpty {
                    plan.skipped += 1
                    continue
                }
                row.imageSHA256 = figure.imageSHA256
                row.recordPath = figure.recordPath
                row.recordSHA256 = figure.recordSHA256
                row.recipe = figure.identity.recipe
                row.lexicon = figure.identity.lexicon
                row.runID = runID
                if let failure = figure.failure {
                    row.jobKey = key
                    row.status = FigureStatus.failed.rawValue
                    row.errorCode = failure.code
                    row.errorMessage = failure.message
                    row.outputs = nil
                    row.finishedAt = Date().timeIntervalSince1970
                    try row.save(db)
                    plan.failed.append(row)
                    continue
                }
                if sameJob && row.status == FigureStatus.failed.rawValue && !retryFailed {
                    try row.save(db)
                    plan.failed.append(row)
                    continue
                }
                if !sameJob || row.status == FigureStatus.failed.rawValue {
                    row.attempts = 0
                    row.errorCode = nil
                    row.errorMessage = nil
                }
                row.jobKey = key
                row.status = FigureStatus.pending.rawValue
                try row.save(db)
                plan.work.append((row, figure))
            }
            return plan
        }
    }

    /// Marks rows handed to a worker process.
    public func markRunning(_ ids: [Int64]) throws {
        let now = Date().timeIntervalSince1970
        try write { db in
            for id in ids {
                try db.execute(sql: "UPDATE figure SET status = 'running', started_at = ? WHERE id = ?", arguments: [now, id])
            }
        }
    }

    /// Marks a row done with what the worker wrote.
    public func markDone(_ id: Int64, figid: String, outputs: [String], tokens: Int, genes: Int, seconds: Double) throws {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE figure SET status = 'done', attempts = attempts + 1, error_code = NULL, error_message = NULL,
                    figid = ?, outputs = ?, tokens = ?, genes = ?, seconds = ?, finished_at = ? WHERE id = ?
                    """,
                arguments: [figid, outputs.joined(separator: "\n"), tokens, genes, seconds, Date().timeIntervalSince1970, id]
            )
        }
    }

    /// Counts a failed attempt; the row becomes `failed` when `final`, else `pending` again.
    /// Returns the attempts made so far.
    @discardableResult
    public func markAttemptFailed(_ id: Int64, code: String, message: String, final: Bool) throws -> Int {
        try write { db in
            try db.execute(
                sql: "UPDATE figure SET status = ?, attempts = attempts + 1, error_code = ?, error_message = ?, outputs = NULL, finished_at = ? WHERE id = ?",
                arguments: [final ? "failed" : "pending", code, message, Date().timeIntervalSince1970, id]
            )
            return try Int.fetchOne(db, sql: "SELECT attempts FROM figure WHERE id = ?", arguments: [id]) ?? 0
        }
    }

    /// Attempts made so far on a row.
    public func attempts(_ id: Int64) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT attempts FROM figure WHERE id = ?", arguments: [id]) ?? 0 }
    }

    /// How many rows have each status.
    public func counts() throws -> [FigureStatus: Int] {
        try read { db in
            var counts: [FigureStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM figure GROUP BY status") {
                if let status = FigureStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    /// Every row, by image path.
    public func allRows() throws -> [FigureRow] {
        try read { db in try FigureRow.order(Column("image_path")).fetchAll(db) }
    }

    /// The failed rows, by image path.
    public func failures() throws -> [FigureRow] {
        try read { db in try FigureRow.filter(Column("status") == "failed").order(Column("image_path")).fetchAll(db) }
    }

    /// The last run's id, start, end and summary JSON.
    public func lastRun() throws -> (id: Int64, startedAt: Double, finishedAt: Double?, summary: String?)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, started_at, finished_at, summary FROM run ORDER BY id DESC LIMIT 1") else { return nil }
            return (row["id"], row["started_at"], row["finished_at"], row["summary"])
        }
    }
}
