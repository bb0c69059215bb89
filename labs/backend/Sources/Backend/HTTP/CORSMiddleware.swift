import Hummingbird

/// Lets pages from the origins in `CORS_ALLOW_ORIGIN` call the API from a browser.
///
/// A browser asks first with a preflight `OPTIONS` request for anything beyond a simple
/// GET (a `POST` with a JSON body, for one), then reads the answer to the real request
/// only if it carries `Access-Control-Allow-Origin` naming its page's origin. Errors
/// carry the header too, or the page could not read why a request failed.
struct CORSMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Exact origins such as `http://localhost:9000`, or `*` for any.
    var origins: [String]

    static var allowedMethods: String { "GET, POST, OPTIONS" }
    static var maxAgeSeconds: String { "600" }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let origin = request.headers[.origin] else {
            return try await next(request, context)
        }
        let allowed = allowedOrigin(for: origin)
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var headers: HTTPFields = [.vary: "Origin"]
            if let allowed {
                headers[.accessControlAllowOrigin] = allowed
                headers[.accessControlAllowMethods] = Self.allowedMethods
                headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders] ?? "Content-Type"
                headers[.accessControlMaxAge] = Self.maxAgeSeconds
            }
            return Response(status: .noContent, headers: headers)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[values: .vary].append("Origin")
        if let allowed { response.headers[.accessControlAllowOrigin] = allowed }
        return response
    }

    /// The value for `Access-Control-Allow-Origin`, or nil when this origin is not allowed.
    func allowedOrigin(for origin: String) -> String? {
        if origins.contains("*") { return "*" }
        return origins.contains(origin) ? origin : nil
    }
}
