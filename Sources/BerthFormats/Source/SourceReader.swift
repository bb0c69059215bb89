#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files for the parsers, confined to one directory tree.
///
/// Every path is resolved (symlinks included) and refused when it leaves the root, so
/// an `include ../../etc/*` or a symlink in a student's repo cannot reach outside it.
public struct SourceReader: Sendable {
    /// The directory nothing may be read outside of, resolved to an absolute real path.
    public let root: String

    /// - Parameter root: the repository (or directory) that bounds every read.
    public init(root: String) {
        self.root = SourceReader.realPath(root) ?? root
    }

    /// Reads and decodes `path` (absolute, or relative to the root).
    /// - Parameter shownAs: the name to report in positions; defaults to the path relative to the root.
    public func read(_ path: String, reportedAt origin: SourceLocation? = nil) throws(ParseError) -> SourceText {
        let absolute = absolutePath(path)
        let shown = displayPath(absolute)
        let origin = origin ?? SourceLocation(file: shown, line: 1, column: 1)
        guard let real = SourceReader.realPath(absolute) else {
            throw ParseError(.unreadable, at: origin, "cannot open \(shown): no such file")
        }
        guard isInside(real) else {
            throw ParseError(.outsideRepository, at: origin,
                             "\(shown) leads outside \(root) (a symlink or ..); berth never reads outside the repository")
        }
        var info = stat()
        guard stat(real, &info) == 0 else {
            throw ParseError(.unreadable, at: origin, "cannot read \(shown)")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw ParseError(.unreadable, at: origin, "\(shown) is not a regular file")
        }
        guard Int(info.st_size) <= SourceText.maximumSize else {
            throw ParseError(.tooLarge, at: origin,
                             "\(shown) is \(info.st_size) bytes; berth reads files up to \(SourceText.maximumSize / 1024 / 1024) MB")
        }
        let bytes = try readBytes(real, shown: shown, origin: origin)
        return try SourceText(path: shown, bytes: bytes)
    }

    /// Files matching a shell glob (`conf.d/*.conf`), sorted, relative patterns taken from `directory`.
    /// Matches that resolve outside the root are returned in `refused` rather than silently dropped.
    public func glob(_ pattern: String, relativeTo directory: String) -> (paths: [String], refused: [String]) {
        let full = pattern.hasPrefix("/") ? pattern : join(absolutePath(directory), pattern)
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(full, 0, nil, &result) == 0 else { return ([], []) }
        var paths: [String] = []
        var refused: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            guard let raw = result.gl_pathv[index] else { continue }
            let path = String(cString: raw)
            if let real = SourceReader.realPath(path), isInside(real) {
                paths.append(path)
            } else {
                refused.append(displayPath(path))
            }
        }
        return (paths.sorted(), refused)
    }

    /// The path shown to the user: relative to the root when inside it.
    public func displayPath(_ path: String) -> String {
        let absolute = absolutePath(path)
        if absolute.hasPrefix(root + "/") { return String(absolute.dropFirst(root.count + 1)) }
        return absolute
    }

    /// `path` made absolute against the root, with `.` and `..` resolved by name
    /// (`./Dockerfile` and `Dockerfile` are one file).
    public func absolutePath(_ path: String) -> String {
        var parts: [Substring] = []
        for part in (path.hasPrefix("/") ? path : join(root, path)).split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether an already resolved path lies inside the root.
    public func isInside(_ realPath: String) -> Bool {
        realPath == root || realPath.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private func readBytes(_ path: String, shown: String, origin: SourceLocation) throws(ParseError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ParseError(.unreadable, at: origin, "cannot read \(shown)") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw ParseError(.unreadable, at: origin, "cannot read \(shown)") }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > SourceText.maximumSize {
                throw ParseError(.tooLarge, at: origin,
                                 "\(shown) is over \(SourceText.maximumSize / 1024 / 1024) MB; berth refuses larger files")
            }
        }
        return bytes
    }

    /// The absolute path with every symlink resolved, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
