import Foundation

/// A student repository rebuilt from a lab's reference solution: the bundled code a student
/// starts from (the backend and the front-end, placed where the lab puts them), with the
/// solution's own files laid over it. A solution folder holds only what the student writes.
public final class SolutionWorkspace: @unchecked Sendable {
    /// Where the bundled code goes in a lab's repository: folder in the repository → folder in labs/.
    public static let starterLayouts: [String: [(destination: String, source: String)]] = [
        "stack": [("backend", "backend"), ("frontend", "frontend")],
        "classroom-lb": [("", "backend")],
    ]

    private let directory: TemporaryDirectory
    public var path: String { directory.path }
    public var url: URL { directory.url }

    /// Writes `contents` to `relativePath` in the repository, creating folders.
    @discardableResult
    public func write(_ relativePath: String, _ contents: String) throws -> String {
        try directory.write(relativePath, contents)
    }

    /// Builds the repository of `solution`, a folder under `labs/LAB/` such as
    /// `solutions/06-scale` or `solution`.
    public init(lab: String, solution: String) throws {
        let labs = RepositoryPaths.labs
        let overlay = labs.appendingPathComponent(lab).appendingPathComponent(solution)
        guard FileManager.default.fileExists(atPath: overlay.path) else {
            throw SolutionWorkspaceError(description: "no solution at \(overlay.path)")
        }
        directory = try TemporaryDirectory(prefix: "berth-\(lab)")
        for part in Self.starterLayouts[lab] ?? [] {
            try Self.copyTree(from: labs.appendingPathComponent(part.source),
                              to: directory.url.appendingPathComponent(part.destination))
        }
        try Self.copyTree(from: overlay, to: directory.url)
    }

    /// Copies the files under `source` into `destination`, replacing files that exist and
    /// leaving out build products (`.build`, `.build-*`, `.swiftpm`, `Package.resolved`),
    /// which a fresh clone does not have either.
    static func copyTree(from source: URL, to destination: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: source.path) where !isBuildProduct(name) {
            let from = source.appendingPathComponent(name)
            let to = destination.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: from.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try copyTree(from: from, to: to)
            } else {
                if manager.fileExists(atPath: to.path) { try manager.removeItem(at: to) }
                try manager.copyItem(at: from, to: to)
            }
        }
    }

    private static func isBuildProduct(_ name: String) -> Bool {
        name == ".build" || name.hasPrefix(".build-") || name == ".swiftpm" || name == "Package.resolved"
    }
}

public struct SolutionWorkspaceError: Error, CustomStringConvertible {
    public var description: String
}
