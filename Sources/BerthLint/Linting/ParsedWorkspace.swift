import BerthFormats

/// Every config of a repository parsed once, with what rules need to know across files.
struct ParsedWorkspace {
    var dockerfiles: [Dockerfile] = []
    var composeFiles: [ComposeFile] = []
    /// nginx entry configs with their includes; files included by another are not repeated.
    var nginxConfigs: [NginxConfig] = []
    var context = LintContext()

    init(files: [ScannedFile], reader: SourceReader, environment: [String: String]) {
        for file in files {
            switch file.kind {
            case .dockerfile: dockerfiles.append(Dockerfile.load(path: file.path, reader: reader))
            case .compose:
                composeFiles.append(ComposeFile.load(path: file.path, reader: reader, environment: environment))
            case .nginx: break
            }
        }
        nginxConfigs = Self.loadNginx(files.filter { $0.kind == .nginx }.map(\.path), reader: reader)
        let byPath = Dictionary(dockerfiles.map { (reader.absolutePath($0.path), $0) }) { first, _ in first }
        context = LintContext(
            composeServices: Set(composeFiles.flatMap(\.serviceNames)),
            proxyServices: ProxyDetector(composeFiles: composeFiles, dockerfiles: byPath, reader: reader).proxyServices
        )
    }

    /// Loads each nginx file in the block nginx would read it in, then drops the ones
    /// another config already includes, so their findings are reported once.
    static func loadNginx(_ paths: [String], reader: SourceReader) -> [NginxConfig] {
        let configs = paths.map { path -> NginxConfig in
            let context = (try? reader.read(path)).map(NginxContext.guess(for:)) ?? .main
            return NginxConfig.load(path: path, reader: reader, context: context)
        }
        let included = Set(configs.flatMap { $0.files.dropFirst().map(\.path) })
        return configs.filter { !included.contains($0.path) }
    }
}
