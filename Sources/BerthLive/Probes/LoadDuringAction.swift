import Foundation

/// A steady loop of requests while something happens to the server (a reload, a restart),
/// counting every request that failed: a graceful reload loses none.
public struct LoadDuringAction: Sendable {
    public var url: String
    /// Pause between requests, so the loop measures availability rather than load.
    public var interval: Double
    /// Requests keep going this long after the action ends, to catch a late failure.
    public var settle: Double
    public var timeout: Double

    public init(url: String, interval: Double = 0.02, settle: Double = 1, timeout: Double = 3) {
        self.url = url
        self.interval = interval
        self.settle = settle
        self.timeout = timeout
    }

    /// Runs `action` on this thread while another sends requests; returns both outcomes.
    public func run<Outcome: Sendable>(with client: CurlHTTPClient = CurlHTTPClient(),
                                       during action: () -> Outcome) -> (LoadResult, Outcome) {
        let stop = StopFlag()
        let tally = LoadTally()
        let loop = DispatchGroup()
        loop.enter()
        DispatchQueue.global().async {
            while !stop.isSet {
                do throws(HTTPProbeError) {
                    let status = try client.send(HTTPRequest(url: url, timeout: timeout)).status
                    tally.add(failure: (200..<400).contains(status) ? nil : "HTTP \(status)")
                } catch {
                    tally.add(failure: error.message)
                }
                Thread.sleep(forTimeInterval: interval)
            }
            loop.leave()
        }
        // A few requests before the action, so the loop is known to work when it starts.
        Thread.sleep(forTimeInterval: 0.2)
        let outcome = action()
        Thread.sleep(forTimeInterval: settle)
        stop.set()
        loop.wait()
        return (tally.result, outcome)
    }
}

public struct LoadResult: Sendable {
    public var requests = 0
    public var failures = 0
    public var firstFailure: String?
}

private final class LoadTally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = LoadResult()

    func add(failure: String?) {
        lock.withLock {
            counts.requests += 1
            if let failure {
                counts.failures += 1
                if counts.firstFailure == nil { counts.firstFailure = failure }
            }
        }
    }

    var result: LoadResult { lock.withLock { counts } }
}

final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
