import Foundation

/// The folder a command may read in, so nothing it is pointed at can lead it elsewhere
/// (includes, symlinks and `..` stay inside), and paths are shown relative to it.
enum ReadingScope {
    /// For one file: the current directory when the file is inside it (so positions read as
    /// typed), else the file's own directory; and the file's absolute path.
    static func root(for file: String) -> (root: String, path: String) {
        let current = FileManager.default.currentDirectoryPath
        let absolute = absolutePath(file)
        if isInside(absolute, current) { return (current, absolute) }
        return (URL(fileURLWithPath: absolute).deletingLastPathComponent().path, absolute)
    }

    /// For several paths: the current directory when they are all inside it; else the one
    /// folder given (or the folder of the one file given).
    static func root(for paths: [String]) throws -> String {
        let current = FileManager.default.currentDirectoryPath
        let absolute = paths.map(absolutePath)
        if absolute.allSatisfy({ isInside($0, current) }) { return current }
        guard absolute.count == 1, let only = absolute.first else {
            throw CommandFailure("the paths are not inside the current directory; cd to the repository first "
                                 + "or give one folder at a time")
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: only, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? only : URL(fileURLWithPath: only).deletingLastPathComponent().path
    }

    static func absolutePath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: current, isDirectory: true))
            .standardizedFileURL.path
    }

    private static func isInside(_ path: String, _ directory: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }
}
