import Foundation

/// Where this package and its built products are, whatever the working directory.
enum PackagePaths {
    /// labs/backend, found from this file's own path.
    static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // BackendTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }

    static var initSQL: URL { root.appendingPathComponent("db/init.sql") }
    static var frontend: URL { root.deletingLastPathComponent().appendingPathComponent("frontend") }

    /// The `backend` executable built beside the test bundle.
    static var backendBinary: URL? {
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("backend")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }
}
