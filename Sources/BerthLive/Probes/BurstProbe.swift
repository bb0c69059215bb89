import Foundation

/// A burst of requests, sent one after another or several at once, counted by answer:
/// a rate limit shows as 429 (or 503 when `limit_req_status` is missing).
public struct BurstProbe: Sendable {
    public var url: String
    public var requests: Int
    /// Requests in flight at once; 1 sends them one after another.
    public var concurrency: Int
    public var timeout: Double

    public init(url: String, requests: Int, concurrency: Int = 1, timeout: Double = 5) {
        self.url = url
        self.requests = requests
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
    }

    public func run(with client: CurlHTTPClient = CurlHTTPClient()) -> BurstResult {
        let tally = BurstTally()
        let next = RequestCounter(limit: requests)
        DispatchQueue.concurrentPerform(iterations: min(concurrency, requests)) { _ in
            while next.take() {
                do {
                    tally.add(status: try client.send(HTTPRequest(url: url, timeout: timeout)).status)
                } catch {
                    tally.addError()
                }
            }
        }
        return tally.result
    }
}

/// Answers of a burst by kind.
public struct BurstResult: Sendable, Equatable {
    public var successes = 0
    public var tooManyRequests = 0
    public var unavailable = 0
    public var other = 0
    public var errors = 0

    public init() {}

    public var summary: String {
        "\(successes) × 2xx, \(tooManyRequests) × 429, \(unavailable) × 503"
            + (other > 0 ? ", \(other) other" : "") + (errors > 0 ? ", \(errors) without an answer" : "")
    }
}

private final class BurstTally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = BurstResult()

    func add(status: Int) {
        lock.withLock {
            switch status {
            case 200..<300: counts.successes += 1
            case 429: counts.tooManyRequests += 1
            case 503: counts.unavailable += 1
            default: counts.other += 1
            }
        }
    }

    func addError() { lock.withLock { counts.errors += 1 } }
    var result: BurstResult { lock.withLock { counts } }
}

/// Hands out `limit` turns to whichever thread asks first.
final class RequestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int

    init(limit: Int) { left = limit }

    func take() -> Bool {
        lock.withLock {
            guard left > 0 else { return false }
            left -= 1
            return true
        }
    }
}
