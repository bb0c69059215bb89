import BerthFormats

extension ComposeFile {
    /// Where `services:` is written, or the file's start when it is not.
    var servicesLocation: SourceLocation {
        root?.entry("services")?.key.location ?? SourceLocation(file: path, line: 1, column: 1)
    }
}

extension ComposeService {
    /// Where `key` is written in this service, or the service's name when it is not there.
    func location(of key: String) -> SourceLocation {
        node.entry(key)?.key.location ?? location
    }
}
