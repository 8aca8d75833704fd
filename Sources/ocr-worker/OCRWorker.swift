import ArgumentParser

/// The `ocr-worker` command: reads pathway figures with Tesseract and writes enriched records.
@main
struct OCRWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocr-worker",
        abstract: "Read pathway figures with Tesseract OCR and write enriched PFOCR records.",
        discussion: """
            Tesseract runs in one thread per engine: with OMP_THREAD_LIMIT unset (it is then set \
            to 1) or 1, its OpenMP regions run serially in the engine's thread; its OpenMP threads \
            make one figure several times slower and compete with the worker's own engines. Set \
            OMP_THREAD_LIMIT above 1 yourself to override.

            Exit codes: 0 success, 3 some of several figures failed (process), 4 some figures \
            failed (batch), 5 another batch holds the state, 64 usage, 65 invalid record, \
            66 unreadable image, 69 OCR engine, model or gene lexicon unavailable, 70 internal \
            error, 73 output not writable, 75 recognition passed its --deadline.
            """,
        version: "0.1.0",
        subcommands: [ProcessCommand.self, MatchCommand.self, PrepareCommand.self, DoctorCommand.self, BatchCommand.self, StageCommand.self, StatusCommand.self, ChildCommand.self]
    )

    /// Entry point: fixes the OpenMP environment before anything loads Tesseract, then parses.
    static func main() {
        ThreadLimit.ensure()
        main(nil)
    }
}
