import Foundation
import Logging

/// A swift-log handler that writes one plain line per message to standard output:
/// `2025-01-31T12:00:00Z info [web-1] GET /api/hello 200 1.2ms key=value`.
///
/// swift-log's own `StreamLogHandler` flushes after every line, which would hide the
/// buffering lesson; this one leaves flushing to the `LogOutput`'s buffering.
public struct StdoutLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let instance: String
    private let output: LogOutput

    public init(instance: String, level: Logger.Level, output: LogOutput) {
        self.instance = instance
        self.logLevel = level
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        output.write(line: Self.format(
            date: Date(), level: event.level, instance: instance, message: "\(event.message)", metadata: merged
        ))
    }

    /// The text of one line, kept apart from I/O so tests can read it.
    static func format(date: Date, level: Logger.Level, instance: String, message: String, metadata: Logger.Metadata) -> String {
        let time = date.formatted(.iso8601)
        // Request ids and internal keys make every line long; they help only when debugging.
        let fields = metadata
            .filter { !$0.key.hasPrefix("hb.") || level <= .debug }
            .sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
        let tail = fields.isEmpty ? "" : " " + fields.joined(separator: " ")
        return "\(time) \(level) [\(instance)] \(message)\(tail)"
    }
}

extension Logger {
    /// The service's logger: plain lines on standard output at the configured level.
    public static func backend(settings: Settings, output: LogOutput) -> Logger {
        Logger(label: "backend") { _ in
            StdoutLogHandler(instance: settings.instanceID, level: settings.logLevel, output: output)
        }
    }
}
