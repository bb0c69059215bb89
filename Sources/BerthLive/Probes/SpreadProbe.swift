import Foundation

/// N requests to one URL, each answer's instance read from a JSON field: how evenly a load
/// balancer spreads them over the replicas behind it.
public struct SpreadProbe: Sendable {
    public var url: String
    public var requests: Int
    /// The JSON field naming the instance that answered (`instance`).
    public var field: String
    public var timeout: Double

    public init(url: String, requests: Int, field: String, timeout: Double = 5) {
        self.url = url
        self.requests = requests
        self.field = field
        self.timeout = timeout
    }

    public func run(with client: CurlHTTPClient = CurlHTTPClient()) -> SpreadResult {
        var result = SpreadResult()
        for _ in 0..<requests {
            do {
                let response = try client.send(HTTPRequest(url: url, timeout: timeout, followRedirects: true))
                guard response.status == 200, let instance = JSONBody.field(field, in: response.body) else {
                    result.failures.append("HTTP \(response.status) without a `\(field)` field")
                    continue
                }
                result.counts[instance, default: 0] += 1
            } catch {
                result.failures.append(error.message)
            }
        }
        return result
    }
}

/// How many answers each instance gave.
public struct SpreadResult: Sendable {
    public var counts: [String: Int] = [:]
    public var failures: [String] = []

    public var distinct: Int { counts.count }
    public var answered: Int { counts.values.reduce(0, +) }

    /// The largest share any one instance took, 0…1.
    public var largestShare: Double {
        answered == 0 ? 0 : Double(counts.values.max() ?? 0) / Double(answered)
    }

    /// `a: 4, b: 3, c: 3`, busiest first.
    public var summary: String {
        counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    }
}

/// A top-level string (or number) field of a JSON object body.
public enum JSONBody {
    public static func field(_ name: String, in body: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
        switch object[name] {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
