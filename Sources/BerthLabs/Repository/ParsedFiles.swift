import BerthFormats
import Foundation

/// The files a repository has parsed so far, by path: one `berth check --all` asks about the
/// same compose file dozens of times, and parsing it once is most of the work saved.
///
/// A repository value reads a snapshot of the student's files; `berth watch` makes a new one
/// for every save, so nothing here outlives the files it was read from.
final class ParsedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var composeFiles: [String: Result<ComposeFile, ParseError>] = [:]
    private var dockerfiles: [String: Result<Dockerfile, ParseError>] = [:]
    private var nginxConfigs: [String: Result<NginxConfig, ParseError>] = [:]

    func composeFile(_ key: String, parse: () -> Result<ComposeFile, ParseError>) -> Result<ComposeFile, ParseError> {
        memoized(\.composeFiles, key, parse)
    }

    func dockerfile(_ key: String, parse: () -> Result<Dockerfile, ParseError>) -> Result<Dockerfile, ParseError> {
        memoized(\.dockerfiles, key, parse)
    }

    func nginxConfig(_ key: String, parse: () -> Result<NginxConfig, ParseError>) -> Result<NginxConfig, ParseError> {
        memoized(\.nginxConfigs, key, parse)
    }

    /// Parses outside the lock, so checks on other threads never wait on a parse; two
    /// threads asking at once both parse and the second result is kept, which is the same.
    private func memoized<Value>(_ table: ReferenceWritableKeyPath<ParsedFiles, [String: Value]>, _ key: String,
                                 _ parse: () -> Value) -> Value {
        if let known = lock.withLock({ self[keyPath: table][key] }) { return known }
        let value = parse()
        lock.withLock { self[keyPath: table][key] = value }
        return value
    }
}
