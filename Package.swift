// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "berth",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "berth", targets: ["berth"]),
        // The parsers on their own, for the fuzzers in Tests/Fuzz.
        .library(name: "BerthFormats", targets: ["BerthFormats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
    ],
    targets: [
        // The command line: ArgumentParser commands and terminal glue, no logic.
        .executableTarget(
            name: "berth",
            dependencies: [
                "BerthNotes",
                "BerthLint",
                "BerthLabs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Dockerfile, Compose and nginx parsers: bytes in, typed models with positions out.
        .target(name: "BerthFormats", dependencies: ["Yams"]),
        // Rules over the parsed models, each with an id, severity, message, fix and note.
        .target(name: "BerthLint", dependencies: ["BerthFormats", "BerthTerminal"]),
        // Labs as data: manifests, the check engine, progress, grading and the student's workspace.
        .target(
            name: "BerthLabs",
            dependencies: [
                "BerthLint", "BerthFormats", "BerthLive", "BerthNotes", "BerthTerminal",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
            ]
        ),
        // The markdown notes: loading, matching, search, terminal and HTML rendering.
        .target(name: "BerthNotes", dependencies: ["CCmark", "BerthTerminal", "BerthFormats"]),
        // ANSI styling and OSC 8 links that switch off as a whole; shared by every writer.
        .target(name: "BerthTerminal"),
        // HTTP probes over libcurl.
        .target(name: "BerthLive", dependencies: ["CCurl"]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        .target(name: "BerthTestSupport", dependencies: ["BerthLive"], path: "Tests/BerthTestSupport"),
        .testTarget(name: "BerthNotesTests", dependencies: ["BerthNotes", "BerthTestSupport"]),
        .testTarget(name: "BerthLiveTests", dependencies: ["BerthLive", "BerthTestSupport"]),
        .testTarget(name: "BerthFormatsTests", dependencies: ["BerthFormats", "BerthTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "BerthLintTests", dependencies: ["BerthLint", "BerthTestSupport"]),
        .testTarget(name: "BerthLabsTests", dependencies: ["BerthLabs", "BerthTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "BerthEndToEndTests", dependencies: ["berth", "BerthTestSupport"]),
    ]
)
