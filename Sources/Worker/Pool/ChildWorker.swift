import Evidence
import Foundation
import Records

/// The worker process's side of the pool: one engine, jobs read as JSON lines on stdin, replies
/// written as JSON lines on stdout. Run by the hidden `ocr-worker _child` command; a crash,
/// hang or memory exhaustion here costs the supervisor one process, never the batch.
public enum ChildWorker {
    /// Starts the engine, says whether it is ready, then serves requests until stdin closes.
    /// Returns the process exit status.
    public static func serve(options: ProcessOptions, memoryLimitMegabytes: Int?) -> Int32 {
        ParentWatch.start()
        if let megabytes = memoryLimitMegabytes, megabytes > 0 { MemoryLimit.apply(megabytes: megabytes) }
        let processor: FigureProcessor
        do {
            processor = FigureProcessor(options: options)
            // The engine and the lexicon load on their own threads; waiting for them here costs
            // no throughput (the cores are busy either way) and turns a missing model or an
            // unloadable lexicon into one failed start instead of every figure failing.
            try processor.waitForEngine()
            _ = try processor.geneFinder()
        } catch {
            write(JSONWriter.string(.object([
                ("ready", .bool(false)), ("code", .string(FailureKind(of: error).rawValue)), ("message", .string(String(describing: error))),
            ]), pretty: false) + "\n")
            return 69
        }
        write(JSONWriter.string(.object([("ready", .bool(true)), ("pid", .integer(Int(getpid())))]), pretty: false) + "\n")
        while let line = readLine(strippingNewline: true) {
            guard !line.isEmpty else { continue }
            let request: ChildRequest
            do {
                request = try ChildRequest.parse(line)
            } catch {
                // The supervisor wrote it; a line it cannot read means the two disagree.
                FileHandle.standardError.write(Data("ocr-worker child: \(error)\n".utf8))
                return 70
            }
            let reply = handle(request, with: processor)
            write(([reply.headerLine] + reply.lines).joined(separator: "\n") + "\n")
        }
        return 0
    }

    /// Reads the request's image once and enriches each of its targets.
    static func handle(_ request: ChildRequest, with processor: FigureProcessor) -> ChildReply {
        var results: [ChildResult] = []
        var lines: [String] = []
        var reading: FigureReading?
        // Test-only (debug builds): a fault named for any of the image's names fires here.
        for target in request.targets { TestFaults.trigger(forImage: target.image) }
        for target in request.targets {
            let started = ContinuousClock.now
            do {
                let located = try locate(target)
                // The same bytes under several names are read once; each record is enriched from
                // that one reading (names are checked before the image is read).
                let figid = try processor.outputName(imagePath: target.image, located: located)
                var current = try reading ?? processor.read(imagePath: target.image)
                reading = current
                current.figure.path = target.image
                let enriched = try processor.enrich(current, figid: figid, located: located)
                let outputs = try request.out.map { try EnrichedFiles.write(enriched, to: $0) } ?? []
                results.append(.done(
                    figid: enriched.figid, outputs: outputs, tokens: enriched.ocr.tokens.count, genes: enriched.genes.count,
                    sha256: enriched.figure.sha256, seconds: Seconds(since: started)
                ))
                if request.emit {
                    var line = EnrichedJSON.lineText(enriched)
                    if line.hasSuffix("\n") { line.removeLast() }
                    lines.append(line)
                }
            } catch {
                results.append(.failed(code: FailureKind(of: error).rawValue, message: String(describing: error), seconds: Seconds(since: started)))
            }
        }
        return ChildReply(id: request.id, results: results, lines: lines)
    }

    /// The record a target names: a file, an inline JSON object, or a minimal one.
    static func locate(_ target: ChildRequest.Target) throws -> RecordLocator.Located {
        if let path = target.recordPath {
            return RecordLocator.Located(record: try RecordParser.parse(fileAt: path), path: path, warnings: target.warnings)
        }
        if let json = target.record {
            return RecordLocator.Located(record: try JSONRecord.record(from: json), path: nil, warnings: target.warnings)
        }
        let name = (target.image as NSString).lastPathComponent
        return RecordLocator.Located(record: .minimal(forImageNamed: name, figid: target.figid), path: nil, warnings: target.warnings)
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Wall-clock seconds since `start`.
func Seconds(since start: ContinuousClock.Instant) -> Double {
    (ContinuousClock.now - start).inSeconds
}
