import Foundation

/// A request with a marker in its path, then the logs read until the marker shows up:
/// how long a service's log line takes to appear (a block-buffered log never shows it).
public struct LogLatencyProbe: Sendable {
    /// The URL up to where the marker goes: `http://localhost/api/` → `…/api/berth-probe-1a2b3c4d`.
    public var baseURL: String
    public var deadline: Double
    public var pollInterval: Double

    public init(baseURL: String, deadline: Double = 3, pollInterval: Double = 0.2) {
        self.baseURL = baseURL
        self.deadline = deadline
        self.pollInterval = pollInterval
    }

    /// Sends the request (any answer will do: the line is what counts), then calls `logs`
    /// until its text holds the marker or the deadline passes.
    public func run(with client: CurlHTTPClient = CurlHTTPClient(), logs: () -> String) -> LogLatency {
        var random = SystemRandomNumberGenerator()
        let marker = "berth-probe-" + String(format: "%08x", random.next() as UInt32)
        let url = (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + marker
        let sent = Date()
        let answer: String
        do {
            answer = "HTTP \(try client.send(HTTPRequest(url: url, timeout: 5, followRedirects: true)).status)"
        } catch {
            return LogLatency(marker: marker, latency: nil, request: error.message)
        }
        while Date().timeIntervalSince(sent) < deadline {
            if logs().contains(marker) { return LogLatency(marker: marker, latency: Date().timeIntervalSince(sent), request: answer) }
            Thread.sleep(forTimeInterval: pollInterval)
        }
        return LogLatency(marker: marker, latency: nil, request: answer)
    }
}

public struct LogLatency: Sendable {
    public var marker: String
    /// Seconds until the line appeared; nil when it did not within the deadline.
    public var latency: Double?
    /// What the request got.
    public var request: String
}
