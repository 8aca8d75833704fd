import Foundation

/// Finds the compiled human lexicon without `Bundle.module` (whose accessor stops the process
/// when the bundle is missing): an explicit environment variable, then the SwiftPM resource
/// bundle beside the executable, then the source tree this file was compiled from.
public enum LexiconLocator {
    /// Environment variable that, when set, names the compiled lexicon to use.
    public static let environmentVariable = "OCR_WORKER_LEXICON"
    /// The lexicon's path inside the resource bundle and under `Sources/Genes/Resources`.
    public static let resourcePath = "lexicon/human.tsv"
    /// What to do when no lexicon is found.
    public static let buildHint =
        "build it with `scripts/build-lexicon` (the README's set-up command runs it), or set \(environmentVariable)"

    /// The places searched, in order.
    public static func candidatePaths(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [String]
    {
        var paths: [String] = []
        if let explicit = environment[environmentVariable], !explicit.isEmpty { paths.append(explicit) }
        // SwiftPM on Linux copies the target's resources to <package>_<target>.resources beside
        // the executable (and the test runner).
        var directories: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            directories.append(executable)
        }
        for directory in directories {
            for bundle in ["ocr-worker_Genes.resources", "ocr-worker_Genes.bundle/Contents/Resources",
                           "ocr-worker_Genes.bundle"] {
                paths.append(directory.appendingPathComponent(bundle).appendingPathComponent(resourcePath).path)
            }
        }
        // A checkout: Sources/Genes/Lexicon/LexiconLocator.swift -> Sources/Genes/Resources/...
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        paths.append(sourceTree.appendingPathComponent("Resources").appendingPathComponent(resourcePath).path)
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }

    /// The first existing candidate; throws `lexicon-missing` listing the places searched.
    public static func defaultHumanLexiconPath(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        let candidates = candidatePaths(environment: environment)
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            guard FileManager.default.fileExists(atPath: explicit) else {
                throw GenesError(.lexiconMissing, "\(environmentVariable) names a missing file; \(buildHint)",
                                 path: explicit)
            }
            return explicit
        }
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) { return found }
        throw GenesError(.lexiconMissing,
                         "no compiled gene lexicon found (looked in \(candidates.joined(separator: ", "))); \(buildHint)")
    }
}
