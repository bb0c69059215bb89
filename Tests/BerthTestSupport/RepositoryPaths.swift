import Foundation

/// Where the checkout and its build products are, found from this file's own path
/// and from the running test bundle, so tests work from any working directory.
public enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // BerthTestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }

    public static var notes: URL { root.appendingPathComponent("notes") }
    public static var labs: URL { root.appendingPathComponent("labs") }

    /// The folder holding the built products of this test run (`.build/debug` or a scratch path's).
    public static var buildProducts: URL {
        // The XCTest runner is itself a product in that folder (`berthPackageTests.xctest`).
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("berth").path) {
                return url
            }
        }
        return root.appendingPathComponent(".build/debug")
    }

    /// The `berth` binary built alongside the tests.
    public static var berthBinary: URL { buildProducts.appendingPathComponent("berth") }
}
