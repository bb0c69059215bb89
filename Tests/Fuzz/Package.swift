// swift-tools-version:6.0
// libFuzzer targets for berth's three parsers. Built on its own by scripts/fuzz, never by
// the root package's `swift build` / `swift test`:
//   swift build -c release --package-path Tests/Fuzz --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import Foundation
import PackageDescription

// A path dependency's identity is its directory's name, which depends on where the
// repository was cloned; read it from this manifest's own location instead of hard-coding it.
let rootPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let formats = Target.Dependency.product(name: "BerthFormats", package: rootPackage.lastPathComponent)

let package = Package(
    name: "BerthFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        // libFuzzer's driver entry point, declared for Swift (the library comes with -sanitize=fuzzer).
        .systemLibrary(name: "CLibFuzzer"),
        // Turns the fuzzer's bytes into SourceText the way reading a file does, and starts libFuzzer.
        .target(name: "FuzzInput", dependencies: [formats, "CLibFuzzer"]),
        .executableTarget(name: "FuzzDockerfile", dependencies: [formats, "FuzzInput"]),
        .executableTarget(name: "FuzzCompose", dependencies: [formats, "FuzzInput"]),
        .executableTarget(name: "FuzzNginx", dependencies: [formats, "FuzzInput"]),
    ]
)
