import Hummingbird
import Logging

/// Logs one line per request once it is answered: `GET /api/hello 200 0.4ms`.
///
/// This is the line the logs task looks for in `docker compose logs`.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    var logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, elapsed: clock.now - start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(request, status: status, elapsed: clock.now - start)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, elapsed: Duration) {
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        logger.info("\(request.method) \(request.uri.path) \(status) \(micros / 1000).\(micros % 1000 / 100)ms")
        logger.debug("headers: \(request.headers.map { "\($0.name)=\($0.value)" }.joined(separator: ", "))")
    }
}
