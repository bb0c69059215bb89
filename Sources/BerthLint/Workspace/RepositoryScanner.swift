import BerthFormats
import Foundation

/// A config file found in a repository.
public struct ScannedFile: Sendable, Hashable {
    public var kind: ConfigKind
    /// Relative to the scan root, as shown to the user.
    public var path: String
}

/// Finds the Dockerfiles, compose files and nginx configs under some paths.
///
/// Safe on untrusted repositories: symlinks are never followed out of the root (each
/// one found is reported), build and dependency folders are skipped, and the walk is
/// bounded in depth and in the number of entries it looks at.
public struct RepositoryScanner: Sendable {
    public static let maximumDepth = 24
    public static let maximumEntries = 50_000
    static let skippedFolders: Set<String> = [".git", ".build", ".swiftpm", "node_modules", ".venv", "venv",
                                              "__pycache__", ".tox", ".mypy_cache", ".berth"]

    /// Build products and tool caches: SwiftPM's `.build` and the `.build-NAME` scratch folders beside it.
    static func isSkipped(folder name: String) -> Bool {
        skippedFolders.contains(name) || name.hasPrefix(".build-")
    }

    public let reader: SourceReader

    public init(reader: SourceReader) {
        self.reader = reader
    }

    /// The config files under `paths` (files are taken as given when their kind is known),
    /// sorted by path, and the problems met on the way.
    public func scan(_ paths: [String]) -> (files: [ScannedFile], problems: [ParseError]) {
        var walk = Walk(reader: reader)
        for path in paths {
            walk.visit(reader.absolutePath(path), depth: 0, explicit: true)
        }
        let files = walk.found.sorted { $0.path < $1.path }
        return (files, walk.problems)
    }

    /// Whether a `.conf` file's first bytes look like nginx (a block or directive nginx knows).
    static func looksLikeNginx(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 8192), as: UTF8.self)
        let markers = ["server {", "server{", "http {", "upstream ", "location ", "events {", "proxy_pass ",
                       "listen ", "worker_processes", "limit_req_zone", "ssl_certificate"]
        return markers.contains { head.contains($0) }
    }

    private struct Walk {
        let reader: SourceReader
        var found: Set<ScannedFile> = []
        var problems: [ParseError] = []
        var entries = 0

        mutating func visit(_ absolute: String, depth: Int, explicit: Bool) {
            entries += 1
            let shown = reader.displayPath(absolute)
            let location = SourceLocation(file: shown, line: 1, column: 1)
            guard entries <= RepositoryScanner.maximumEntries else {
                if entries == RepositoryScanner.maximumEntries + 1 {
                    problems.append(ParseError(.tooLarge, at: location,
                        "stopped after \(RepositoryScanner.maximumEntries) files; lint a smaller folder"))
                }
                return
            }
            var info = stat()
            guard lstat(absolute, &info) == 0 else {
                problems.append(ParseError(.unreadable, at: location, "\(shown) does not exist"))
                return
            }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                guard let real = SourceReader.realPath(absolute), reader.isInside(real) else {
                    problems.append(ParseError(.outsideRepository, at: location,
                        "\(shown) is a symlink leading outside \(reader.root); berth does not follow it"))
                    return
                }
                // A symlink inside the repository: its target is scanned where it lives.
                if !explicit { return }
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue {
                guard depth < RepositoryScanner.maximumDepth else { return }
                let name = (absolute as NSString).lastPathComponent
                if !explicit && RepositoryScanner.isSkipped(folder: name) { return }
                let children = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
                for child in children.sorted() {
                    visit(absolute + "/" + child, depth: depth + 1, explicit: false)
                }
                return
            }
            let name = (absolute as NSString).lastPathComponent
            if let kind = ConfigKind.byName(name) {
                found.insert(ScannedFile(kind: kind, path: shown))
            } else if name.hasSuffix(".conf"), RepositoryScanner.looksLikeNginx(absolute) {
                found.insert(ScannedFile(kind: .nginx, path: shown))
            } else if explicit {
                problems.append(ParseError(.unreadable, at: location,
                    "\(shown) is not a Dockerfile, compose file or nginx config berth recognises"))
            }
        }
    }
}
