import Foundation

/// The files of a workspace by path, with their size and modification time: two snapshots
/// taken a moment apart say whether the student saved something. Bounded like every read
/// of a student's repository, and blind to build products, `.git` and berth's own state.
public struct WorkspaceSnapshot: Sendable, Equatable {
    public struct Stamp: Sendable, Equatable {
        public var size: Int
        public var modified: Date
    }

    public static let maximumEntries = 20_000
    public static let maximumDepth = 16

    public private(set) var files: [String: Stamp] = [:]

    /// Walks `root` (without following symlinks) and records every file.
    public init(root: String) {
        walk(URL(fileURLWithPath: root), relative: "", depth: 0)
    }

    /// The paths added, removed or changed since `earlier`, sorted.
    public func changes(since earlier: WorkspaceSnapshot) -> [String] {
        let paths = Set(files.keys).union(earlier.files.keys)
        return paths.filter { files[$0] != earlier.files[$0] }.sorted()
    }

    private mutating func walk(_ directory: URL, relative: String, depth: Int) {
        guard depth <= Self.maximumDepth, files.count < Self.maximumEntries else { return }
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey, .fileSizeKey, .contentModificationDateKey]
        guard let entries = try? FileManager.default.contentsOfDirectory(
            at: directory, includingPropertiesForKeys: keys, options: []) else { return }
        for entry in entries {
            let name = entry.lastPathComponent
            if Self.ignored(name) { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            guard let values = try? entry.resourceValues(forKeys: Set(keys)) else { continue }
            if values.isDirectory == true && values.isSymbolicLink != true {
                walk(entry, relative: path, depth: depth + 1)
            } else if files.count < Self.maximumEntries {
                files[path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
            }
        }
    }

    static func ignored(_ name: String) -> Bool {
        name == ".git" || name == ProgressStore.folderName || name == ".build" || name.hasPrefix(".build-")
            || name == "node_modules" || name == ".swiftpm"
    }
}
