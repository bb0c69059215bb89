/// Finds the files an `include` names, as nginx does for a config in its prefix folder:
/// relative paths and globs start from the main config's folder, globs match in sorted
/// order, and each file is read once however often it is included (crossplane's
/// numbering). Nothing outside the reader's root is ever read.
struct NginxIncludeResolver {
    /// A file to parse: the main config first, then includes in the order they were found.
    struct Entry {
        var path: String
        /// The block path it was first included from: that is where it is checked.
        var context: [String]
        /// The file whose `include` found it (nil for the main config).
        var includer: Int?
        /// Read ahead when an explicit path was checked; globbed files are read in turn.
        var text: Result<SourceText, ParseError>?
    }

    /// Beyond this many files a glob is cut short: it has matched something it should not.
    static let maximumFiles = 1_000

    let reader: SourceReader
    /// The main config's folder relative to the root ("" at the root).
    let directory: String
    private(set) var entries: [Entry]
    private var indexByPath: [String: Int]

    init(reader: SourceReader, mainPath: String, context: [String]) {
        self.reader = reader
        let shown = reader.displayPath(mainPath)
        directory = shown.lastIndex(of: "/").map { String(shown[..<$0]) } ?? ""
        entries = [Entry(path: shown, context: context, includer: nil, text: nil)]
        indexByPath = [shown: 0]
    }

    /// The indices of the files `include` pulls in; problems go to `diagnostics`.
    mutating func resolve(_ include: NginxDirective, context: [String], from includer: Int,
                          into diagnostics: inout [NginxDiagnostic]) -> [Int] {
        guard let argument = include.arguments.first else { return [] }
        let pattern = argument.value
        let joined = pattern.hasPrefix("/") || directory.isEmpty ? pattern : directory + "/" + pattern
        let absolute = reader.absolutePath(joined)
        guard reader.isInside(NginxIncludeResolver.normalized(absolute)) else {
            diagnostics.append(NginxIncludeResolver.outside(pattern, at: argument.location))
            return []
        }
        var paths: [String] = []
        if pattern.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
            let (found, refused) = reader.glob(joined, relativeTo: reader.root)
            for path in refused {
                diagnostics.append(NginxDiagnostic(.outsideRepository, at: argument.location,
                    "\(path), matched by include \"\(pattern)\", leads outside the repository through a symlink; berth does not read it"))
            }
            paths = found.map(reader.displayPath)
        } else {
            let shown = reader.displayPath(absolute)
            if indexByPath[shown] == nil {
                do throws(ParseError) {
                    let text = try reader.read(shown, reportedAt: argument.location)
                    return add([shown], text: .success(text), context: context, from: includer, at: argument, into: &diagnostics)
                } catch let failure where failure.kind == .tooLarge || failure.kind == .invalidEncoding {
                    var failure = failure
                    if failure.kind == .tooLarge { failure.location = SourceLocation(file: shown, line: 1, column: 1) }
                    return add([shown], text: .failure(failure), context: context, from: includer, at: argument, into: &diagnostics)
                } catch {
                    diagnostics.append(unreadable(pattern, error: error, path: shown))
                    return []
                }
            }
            paths = [shown]
        }
        return add(paths, text: nil, context: context, from: includer, at: argument, into: &diagnostics)
    }

    private mutating func add(_ paths: [String], text: Result<SourceText, ParseError>?, context: [String], from includer: Int,
                              at argument: NginxArgument, into diagnostics: inout [NginxDiagnostic]) -> [Int] {
        var indices: [Int] = []
        for path in paths {
            if let existing = indexByPath[path] {
                if let cycle = chain(from: existing, to: includer) {
                    let names = (cycle + [existing]).map { entries[$0].path }
                    diagnostics.append(NginxDiagnostic(.includeCycle, at: argument.location,
                        "include cycle: \(names.joined(separator: " includes ")); nginx would include these files forever"))
                }
                indices.append(existing)
                continue
            }
            guard entries.count < NginxIncludeResolver.maximumFiles else {
                diagnostics.append(NginxDiagnostic(.tooLarge, at: argument.location,
                    "include \"\(argument.value)\" would read more than \(NginxIncludeResolver.maximumFiles) files; narrow the pattern"))
                break
            }
            indexByPath[path] = entries.count
            indices.append(entries.count)
            entries.append(Entry(path: path, context: context, includer: includer, text: text))
        }
        return indices
    }

    /// An explicit include that cannot be opened: crossplane words it as Python's `open()` does.
    private func unreadable(_ pattern: String, error: ParseError, path: String) -> NginxDiagnostic {
        guard error.kind == .unreadable else { return NginxDiagnostic(error) }
        let folder = directory.isEmpty ? "the repository root" : directory
        var diagnostic = NginxDiagnostic(.unreadable, at: error.location,
            "include \"\(pattern)\": \(error.message) (relative includes start from the main config's folder, \(folder))")
        if SourceReader.realPath(reader.absolutePath(path)) == nil {
            diagnostic.referenceMessage = "[Errno 2] No such file or directory: '\(path)'"
            diagnostic.referenceHasPosition = false
        } else if error.message.hasSuffix("is not a regular file") {
            diagnostic.referenceMessage = "[Errno 21] Is a directory: '\(path)'"
            diagnostic.referenceHasPosition = false
        }
        return diagnostic
    }

    /// The files from `ancestor` down to `file` through their includers, if `ancestor` is one of them.
    private func chain(from ancestor: Int, to file: Int) -> [Int]? {
        var path = [file]
        var current = file
        while current != ancestor {
            guard let parent = entries[current].includer else { return nil }
            path.append(parent)
            current = parent
        }
        return path.reversed()
    }

    private static func outside(_ pattern: String, at location: SourceLocation) -> NginxDiagnostic {
        guard pattern.hasPrefix("/") else {
            return NginxDiagnostic(.outsideRepository, at: location,
                "include \"\(pattern)\" leads outside the repository; berth never reads outside it, so keep included files inside")
        }
        // An absolute path names a file of the image (`/etc/nginx/mime.types`): fine for
        // nginx, just not something the repository holds.
        return NginxDiagnostic(.outsideRepository, at: location,
            "include \"\(pattern)\" is outside the repository, so berth does not read it (in the container it comes from the image)",
            severity: .warning)
    }

    /// `path` with `.` and `..` resolved by name only, before anything is looked up on disk.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
