/// An nginx configuration: the main file, the files it includes, and the statements
/// they hold, each with its position.
///
/// Built by `load` from a repository or by `parse` from text. Never throws: a file that
/// cannot be read or parsed becomes `ParseError`s, and whatever could be read is kept.
public struct NginxConfig: Sendable {
    /// Every file read: the main config first, then includes in the order they were
    /// found (crossplane's `config` list; an include's `includes` index into it).
    public var files: [NginxConfigFile]
    /// The main file's statements with every followed `include` replaced by the statements
    /// of the files it names, as nginx reads them. Queries and lint rules look here.
    public var directives: [NginxDirective]
    /// The block the main file was read in: `.main` for an nginx.conf, `.http` for a
    /// conf.d snippet that nginx includes inside `http { }`.
    public var context: NginxContext
    /// Whether `include`s were followed (`load` does, `parse` cannot).
    public var followsIncludes: Bool

    /// The main file's path, as reported.
    public var path: String { files.first?.path ?? "" }

    /// Every problem in every file, warnings included, main file first.
    public var errors: [ParseError] { files.flatMap(\.errors) }

    /// Whether any problem is an error rather than a warning.
    public var hasErrors: Bool { errors.contains { $0.severity == .error } }

    /// Reads `path` through `reader` (never outside `reader.root`) and parses it and its
    /// includes. Relative includes start from the main file's folder, as nginx does when
    /// the file is its `nginx.conf`.
    /// - Parameters:
    ///   - context: the block nginx reads the file in; `.http` for a conf.d snippet.
    ///   - comments: keep comments as `#` directives (crossplane's `--include-comments`).
    public static func load(path: String, reader: SourceReader, context: NginxContext = .main,
                            comments: Bool = false) -> NginxConfig {
        var resolver = NginxIncludeResolver(reader: reader, mainPath: path, context: context.path)
        var files: [NginxConfigFile] = []
        var index = 0
        while index < resolver.entries.count {
            let entry = resolver.entries[index]
            let text: SourceText
            do throws(ParseError) {
                if let preread = entry.text {
                    text = try preread.get()
                } else {
                    text = try reader.read(entry.path)
                }
            } catch {
                files.append(NginxConfigFile(path: entry.path, isComplete: false, wasRead: false,
                                             diagnostics: [NginxDiagnostic(error)]))
                index += 1
                continue
            }
            var parser = NginxParser(source: text, fileIndex: index, keepComments: comments, includes: resolver)
            let result = parser.parse(in: entry.context)
            resolver = parser.includes ?? resolver
            files.append(NginxConfigFile(path: entry.path, directives: result.directives, isComplete: result.complete,
                                         wasRead: true, diagnostics: parser.diagnostics))
            index += 1
        }
        return NginxConfig(files: files, context: context, followsIncludes: true)
    }

    /// Parses text already in memory (tests, fuzzers, editors). `include`s are kept as
    /// directives but not followed, since there is no repository to read them from.
    public static func parse(_ source: SourceText, context: NginxContext = .main, comments: Bool = false) -> NginxConfig {
        var parser = NginxParser(source: source, keepComments: comments)
        let result = parser.parse(in: context.path)
        let file = NginxConfigFile(path: source.path, directives: result.directives, isComplete: result.complete,
                                   wasRead: true, diagnostics: parser.diagnostics)
        return NginxConfig(files: [file], context: context, followsIncludes: false)
    }

    init(files: [NginxConfigFile], context: NginxContext, followsIncludes: Bool) {
        var files = files
        var expander = NginxIncludeExpander(files: files)
        directives = files.isEmpty ? [] : expander.expand(files[0].directives, within: [0])
        if let problem = expander.problem, !files.isEmpty { files[0].diagnostics.append(problem) }
        self.files = files
        self.context = context
        self.followsIncludes = followsIncludes
    }
}
