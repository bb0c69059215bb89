import BerthFormats
import Foundation

/// A student's repository as the checks see it: every read confined to its folder
/// (symlinks out of it refused), bounded in size, and parsed into berth's models.
/// Nothing in it is ever run or written.
public struct StudentRepository: Sendable {
    /// The compose file names `docker compose` looks for, in its order.
    public static let composeFileNames = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]

    public let reader: SourceReader
    /// The variables compose files are interpolated with. Grading uses none of the
    /// grader's own, so a repository scores the same on every machine; `.env` still applies.
    public let environment: [String: String]
    private let parsed = ParsedFiles()

    public init(root: String, environment: [String: String] = [:]) {
        reader = SourceReader(root: root)
        self.environment = environment
    }

    public var root: String { reader.root }

    /// Where a check about `path` points when the file itself is the subject.
    public func location(of path: String) -> SourceLocation {
        SourceLocation(file: Self.normalized(path), line: 1, column: 1)
    }

    /// What is at `path`, relative to the repository.
    public func entry(at path: String) -> RepositoryEntry {
        let absolute = reader.absolutePath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            // A dangling symlink is there but leads nowhere.
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: absolute)) != nil { return .outside }
            return .missing
        }
        guard let real = SourceReader.realPath(absolute), reader.isInside(real) else { return .outside }
        guard isDirectory.boolValue else { return .file }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []
        return contents.isEmpty ? .emptyDirectory : .directory
    }

    /// The text of `path`.
    public func text(_ path: String) -> Result<SourceText, ParseError> {
        do throws(ParseError) {
            return .success(try reader.read(path))
        } catch {
            return .failure(error)
        }
    }

    /// The Dockerfile at `path`; a file that cannot be read gives the reason.
    public func dockerfile(_ path: String) -> Result<Dockerfile, ParseError> {
        parsed.dockerfile(Self.normalized(path)) { text(path).map(Dockerfile.parse) }
    }

    /// The compose file in `directory` (the repository's root by default), found under
    /// any of the names `docker compose` accepts.
    public func composeFile(in directory: String = "") -> Result<ComposeFile, ParseError> {
        parsed.composeFile(Self.normalized(directory)) { parseComposeFile(in: directory) }
    }

    private func parseComposeFile(in directory: String) -> Result<ComposeFile, ParseError> {
        let prefix = directory.isEmpty ? "" : Self.normalized(directory) + "/"
        guard let name = Self.composeFileNames.first(where: { entry(at: prefix + $0) == .file }) else {
            let names = Self.composeFileNames.map { prefix + $0 }
            return .failure(ParseError(.unreadable, at: location(of: prefix + "compose.yaml"),
                                       "no compose file: none of \(names.joined(separator: ", ")) exists"))
        }
        let file = ComposeFile.load(path: prefix + name, reader: reader, environment: environment)
        if file.isUnreadable, let error = file.errors.first { return .failure(error) }
        return .success(file)
    }

    /// The nginx config at `path`, read in the context its contents suggest (a conf.d
    /// snippet inside `http`, or a main config), following includes inside the repository.
    public func nginxConfig(_ path: String) -> Result<NginxConfig, ParseError> {
        parsed.nginxConfig(Self.normalized(path)) {
            text(path).map { source in
                NginxConfig.load(path: path, reader: reader, context: NginxContext.guess(for: source))
            }
        }
    }

    /// `./a//b/` → `a/b`, the form positions use.
    static func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}

/// What a path in a student's repository is.
public enum RepositoryEntry: Sendable, Equatable {
    case missing
    case file
    case directory
    /// A folder with nothing in it: often a submodule committed as an empty gitlink.
    case emptyDirectory
    /// A symlink that leads outside the repository (or nowhere); berth never follows it.
    case outside
}
