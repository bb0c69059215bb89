import Hummingbird

/// `GET /api/slow?seconds=N` (development only): answers after N seconds, at most
/// `maximumSeconds`, to watch a graceful shutdown let in-flight requests finish.
struct SlowRoutes {
    static let maximumSeconds = 8.0

    struct Slept: Encodable {
        var slept: Double
        var instance: String
    }

    var instanceID: String

    func add(to router: Router<BackendRequestContext>) {
        let instanceID = instanceID
        router.get("/api/slow") { request, _ in
            let text = request.uri.queryParameters["seconds"].map(String.init) ?? "1"
            guard let seconds = Double(text), seconds >= 0, seconds <= Self.maximumSeconds else {
                throw APIError.badRequest("seconds=\(text) is not a number from 0 to \(Self.maximumSeconds)")
            }
            // Not cancelled by a graceful shutdown: finishing this request is the point.
            try await Task.sleep(for: .milliseconds(Int64(seconds * 1000)))
            return JSONBody(Slept(slept: seconds, instance: instanceID))
        }
    }
}
