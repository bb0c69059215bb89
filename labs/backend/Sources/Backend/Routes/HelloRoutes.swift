import Hummingbird

/// `GET /api/hello`, `GET /instance` and `GET /api/instance`: the answers that need
/// nothing but the service itself, and that tell replicas apart behind a load balancer.
struct HelloRoutes {
    var instanceID: String

    struct Hello: Encodable {
        var message = "Hello, World!"
        var instance: String
    }

    struct Instance: Encodable {
        var instance: String
    }

    func add(to router: Router<BackendRequestContext>) {
        let instanceID = instanceID
        router.get("/api/hello") { _, _ in JSONBody(Hello(instance: instanceID)) }
        // `/instance` is the path the classic load-balancing assignment probes; `/api/instance`
        // is the same answer for a proxy that only forwards `/api/`.
        for path in ["/instance", "/api/instance"] {
            router.get(RouterPath(path)) { _, _ in JSONBody(Instance(instance: instanceID)) }
        }
    }
}
