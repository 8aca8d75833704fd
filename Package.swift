// swift-tools-version:6.0
import PackageDescription

// Dependencies point down this list and never back up (see ../shared/DESIGN.md):
// ocr-worker -> Worker -> Records, Genes, FigureOCR -> Tesseract -> CTesseract, CPNGReader,
// CLeptonicaReplicas, CImageResampling, CWordWalk, and every module may use the leaf Evidence
// (token, box, gene mention). Only the executable links COpenMPSerial, CLineImageStore, CParagraphSkip,
// CPageImageSteps, CAmbiguitySkip and CLineFindingSkip: definitions libtesseract's calls bind
// to (CEngineHints carries what the Tesseract module tells them).
let package = Package(
    name: "ocr-worker",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ocr-worker", targets: ["ocr-worker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // No pkgConfig: Debian's tesseract.pc adds -larchive -lcurl, which made the program load
        // a second libcurl (libcurl-nss) and its NSS libraries at every start besides the one
        // libtesseract loads. The headers are on the default path; the module map links.
        .systemLibrary(
            name: "CTesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "libisal-dev", "libjpeg-dev", "tesseract-ocr-eng"])]
        ),
        // PNG rows straight into Leptonica images, inflated by ISA-L (C: byte-level decoding).
        .target(name: "CPNGReader", linkerSettings: [.linkedLibrary("isal"), .linkedLibrary("lept")]),
        .target(name: "Evidence"),
        // Leptonica's unsharp masking, scaling, thresholding and painting under a mask, pixel for
        // pixel and faster (C: each repeats Leptonica's integer and float arithmetic exactly).
        .target(name: "CLeptonicaReplicas", linkerSettings: [.linkedLibrary("lept")]),
        // Lanczos enlargement of grey images, sharper than Leptonica's linear interpolation (C).
        .target(name: "CImageResampling", linkerSettings: [.linkedLibrary("lept"), .linkedLibrary("m")]),
        // The recognised words read out in one pass (C++: Tesseract's left-to-right iterator).
        .target(name: "CWordWalk", linkerSettings: [.linkedLibrary("tesseract")]),
        // Per-thread facts about the image being recognised, which the executable's definitions
        // of libtesseract's functions read (C).
        .target(name: "CEngineHints"),
        .target(name: "Tesseract", dependencies: ["CTesseract", "CPNGReader", "CLeptonicaReplicas", "CImageResampling", "CWordWalk", "CEngineHints", "Evidence"]),
        .target(name: "FigureOCR", dependencies: ["Tesseract", "Evidence"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "Genes",
            dependencies: ["Evidence", "CZlib"],
            exclude: ["Lexicon/CompiledLexiconFormat.md", "Lexicon/LexiconIndexFormat.md"],
            resources: [
                .copy("Resources/lexicon"),
                .embedInCode("Resources/stopwords.txt"),
                .embedInCode("Resources/common-words.txt"),
                .embedInCode("Resources/affixes.txt"),
            ]
        ),
        .target(name: "Records", dependencies: ["Evidence", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Worker",
            dependencies: [
                "FigureOCR", "Genes", "Records", "Tesseract", "Evidence", "CMalloc",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The libgomp entry points libtesseract imports, serial under a thread limit of one
        // (see openmp_serial.c).
        .target(name: "COpenMPSerial", linkerSettings: [.linkedLibrary("dl")]),
        // Leptonica's pixWriteMem for libtesseract, storing its in-memory PNGs uncompressed
        // (see line_image_store.c).
        .target(name: "CLineImageStore", linkerSettings: [.linkedLibrary("lept"), .linkedLibrary("dl")]),
        // TessBaseAPI::DetectParagraphs for libtesseract, skipped where blocks are single lines
        // (see paragraph_skip.c).
        .target(name: "CParagraphSkip", dependencies: ["CEngineHints"], linkerSettings: [.linkedLibrary("tesseract"), .linkedLibrary("dl")]),
        // Tesseract's one-channel thresholding, its image of thresholds, its count of mask pixels
        // in a box and Leptonica's pixBlockconv for libtesseract, with less memory and time
        // (C++: Tesseract's members by their mangled names).
        .target(
            name: "CPageImageSteps", dependencies: ["CLeptonicaReplicas"],
            linkerSettings: [.linkedLibrary("tesseract"), .linkedLibrary("lept"), .linkedLibrary("dl")]
        ),
        // Tesseract's table of universal ambiguities, which only its legacy engine reads, not
        // loaded at engine start (C++: by the member's mangled name).
        .target(name: "CAmbiguitySkip", linkerSettings: [.linkedLibrary("dl")]),
        // Tesseract's search for ruling lines, skipped on images whose lines are erased already
        // (C++: by the member's mangled name).
        .target(name: "CLineFindingSkip", dependencies: ["CEngineHints"], linkerSettings: [.linkedLibrary("dl")]),
        .executableTarget(
            name: "ocr-worker",
            dependencies: [
                "Worker", "Records", "Genes", "FigureOCR", "Tesseract", "Evidence", "COpenMPSerial", "CLineImageStore", "CParagraphSkip",
                "CPageImageSteps", "CAmbiguitySkip", "CLineFindingSkip",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Exported, so that libtesseract's calls bind to the executable's definitions.
            linkerSettings: [.unsafeFlags([
                "GOMP_parallel", "GOMP_parallel_sections", "GOMP_sections_next", "GOMP_sections_end_nowait", "pixWriteMem",
                "_ZN9tesseract11TessBaseAPI16DetectParagraphsEb",
                "_ZNK9tesseract16ImageThresholder18ThresholdRectToPixENS_5ImageEiRKSt6vectorIiSaIiEES6_PS1_",
                "_ZN9tesseract16ImageThresholder20GetPixRectThresholdsEv", "pixBlockconv",
                "_ZN9tesseract9ImageFind23CountPixelsInRotatedBoxENS_4TBOXERKS1_RKNS_6FCOORDENS_5ImageE",
                "_ZN9tesseract13UnicharAmbigs13LoadUniversalERKNS_10UNICHARSETEPS1_",
                "_ZN9tesseract10LineFinder18FindAndRemoveLinesEibNS_5ImageEPiS2_PS1_PNS_14TabVector_LISTES5_",
            ].flatMap { ["-Xlinker", "--export-dynamic-symbol=\($0)"] })]
        ),
        // Test folders under one per-process folder, removed when the test process exits.
        .target(name: "ScratchFolders", path: "Tests/ScratchFolders"),
        .testTarget(name: "EvidenceTests", dependencies: ["Evidence"]),
        .testTarget(
            name: "TesseractTests",
            dependencies: [
                "ScratchFolders", "Tesseract", "CTesseract", "CPNGReader", "CLeptonicaReplicas", "CLineImageStore", "CPageImageSteps", "CEngineHints",
                "Evidence",
            ]
        ),
        .testTarget(name: "FigureOCRTests", dependencies: ["FigureOCR", "Tesseract", "Evidence"]),
        .testTarget(name: "RecordsTests", dependencies: ["ScratchFolders", "Records", "Evidence"]),
        .testTarget(name: "GenesTests", dependencies: ["ScratchFolders", "Genes", "Evidence"]),
        .testTarget(name: "WorkerTests", dependencies: ["ScratchFolders", "Worker", "Records", "Evidence", "Genes", "CMalloc"]),
        // Depends on the executable so `swift test` builds it; the tests run it as a process.
        .testTarget(name: "EndToEndTests", dependencies: ["ocr-worker", "ScratchFolders"]),
    ],
    swiftLanguageModes: [.v6]
)
