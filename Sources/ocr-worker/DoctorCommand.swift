import ArgumentParser
import Foundation
import Tesseract
import Worker

/// `ocr-worker doctor`: checks that everything a run needs is in place and says what is not.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the OCR engine, its models, the gene lexicon, the environment and the output folder."
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: ArgumentHelp("An extra gene lexicon file to check; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output folder to check for write access.", valueName: "dir"))
    var out: String = "enriched"

    func run() throws {
        var failed: [(String, ExitCode)] = []
        func report(_ ok: Bool, _ name: String, _ detail: String) {
            print("\(ok ? "ok  " : "FAIL") \(name): \(detail)")
        }

        // One of the executable's definitions for libtesseract: what runs when it is bound or not.
        func reportDefinition(_ isBound: Bool, _ name: String, bound: String, unbound: String) {
            report(isBound, name, isBound ? bound : unbound)
        }

        report(true, "tesseract", Engine.tesseractVersion)
        report(true, "leptonica", Engine.leptonicaVersion)

        let configuration = engine.configuration
        if let folder = Tessdata.resolveFolder(explicit: configuration.tessdata, languages: configuration.languages) {
            let available = Tessdata.availableLanguages(in: folder)
            report(!available.isEmpty, "tessdata", "\(folder) (models: \(available.isEmpty ? "none" : available.joined(separator: ", ")))")
        } else {
            report(false, "tessdata", "no folder found (looked in TESSDATA_PREFIX and \(Tessdata.systemFolders.joined(separator: ", ")))")
        }

        let started = ContinuousClock.now
        do {
            let loaded = try Engine(configuration)
            report(true, "model", "\(loaded.modelDescription) (engine start \(Milliseconds(since: started)))")
        } catch {
            report(false, "model", String(describing: error))
            failed.append(("model", ExitCodes.engineUnavailable))
        }

        let lexiconStarted = ContinuousClock.now
        do {
            let finder = try LexiconLoad(extraFiles: lexicon).finder()
            let sources = finder.provenance.map { "\($0.name) \($0.date)" }.joined(separator: ", ")
            report(true, "lexicon", "\(finder.matcher.lexicon.geneCount) genes, version \(finder.version) (\(sources); loaded in \(Milliseconds(since: lexiconStarted)), \(finder.matcher.lexicon.storageNote))")
        } catch {
            report(false, "lexicon", String(describing: error))
            failed.append(("lexicon", ExitCodes.engineUnavailable))
        }

        let limit = ProcessInfo.processInfo.environment[ThreadLimit.variable]
        let limitOK = limit == "1"
        report(limitOK, ThreadLimit.variable, limit.map { "\($0)\($0 == "1" ? "" : " (1 is fastest: one engine per core, one thread per engine)")" } ?? "not set")
        reportDefinition(ThreadLimit.regionsRunSerially, "OpenMP",
                         bound: "Tesseract's parallel regions run serially in the engine's thread (the executable's entry points)",
                         unbound: "libgomp's teams (OMP_THREAD_LIMIT \(limit ?? "not set"), or the executable's entry points are not bound)")
        reportDefinition(LineImageStore.isBound, "line images",
                         bound: "Tesseract's in-memory PNG copies are stored uncompressed (the executable's pixWriteMem)",
                         unbound: "Tesseract's in-memory PNG copies are deflated (the executable's pixWriteMem is not bound)")
        reportDefinition(ParagraphSkip.isBound, "paragraphs",
                         bound: "detection skipped where every block is one line and on the reread pass's crops (the executable's TessBaseAPI::DetectParagraphs)",
                         unbound: "detected on every recognition (the executable's TessBaseAPI::DetectParagraphs is not bound)")
        reportDefinition(PageImageSteps.isBound, "page images",
                         bound: "thresholded 32 pixels a step, thresholds kept small, projections blurred without a table of sums, mask pixels counted in place (the executable's)",
                         unbound: "thresholded, blurred and counted by libtesseract and Leptonica (the executable's definitions are not bound)")
        reportDefinition(AmbiguitySkip.isBound, "ambiguities",
                         bound: "engines start without the legacy engine's universal table (the executable's UnicharAmbigs::LoadUniversal)",
                         unbound: "engines load the legacy engine's universal table, about 0.1 s each (the executable's definition is not bound)")
        reportDefinition(LineFindingSkip.isBound, "line finding",
                         bound: "skipped on views whose lines the recipe erased (the executable's LineFinder::FindAndRemoveLines)",
                         unbound: "run on every page, erased lines or not (the executable's LineFinder::FindAndRemoveLines is not bound)")

        let writable = Self.checkWritable(out)
        report(writable == nil, "output", writable ?? "\(out) is writable")
        if writable != nil { failed.append(("output", ExitCodes.outputNotWritable)) }

        if let first = failed.first {
            FileHandle.standardError.write(Data("ocr-worker: error: doctor found problems: \(failed.map(\.0).joined(separator: ", "))\n".utf8))
            throw first.1
        }
    }

    /// Nil when a file can be created in `folder` (made if missing), else why not.
    static func checkWritable(_ folder: String) -> String? {
        let manager = FileManager.default
        let existed = manager.fileExists(atPath: folder)
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return "\(folder) cannot be created (\(error.localizedDescription))"
        }
        let probe = (folder as NSString).appendingPathComponent(".ocr-worker-doctor-\(getpid())")
        defer {
            unlink(probe)
            if !existed { try? manager.removeItem(atPath: folder) }
        }
        return manager.createFile(atPath: probe, contents: Data()) ? nil : "\(folder) is not writable"
    }
}
