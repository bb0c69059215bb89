import Foundation
import Hummingbird

/// `POST /shorten`, `GET /expand?url=CODE` and `GET /{code}`: the URL shortener's API,
/// the same as the classic Flask assignment's, with `/api/shorten` and `/api/expand` as twins.
struct ShortenerRoutes {
    var shortener: Shortener

    /// The request body of `POST /shorten`.
    struct ShortenRequest: Decodable {
        var url: String?
    }

    struct Shortened: Encodable {
        var shortURL: String
        var code: String
        enum CodingKeys: String, CodingKey {
            case shortURL = "short_url"
            case code
        }
    }

    struct Expanded: Encodable {
        var longURL: String
        enum CodingKeys: String, CodingKey { case longURL = "long_url" }
    }

    static let maximumBody = 16 * 1024

    func add(to router: Router<BackendRequestContext>) {
        let shortener = shortener
        // The `/api/` twins let a page behind a proxy that forwards only `/api/` shorten too.
        for path in ["/shorten", "/api/shorten"] {
            router.post(RouterPath(path)) { request, _ in
                let url = try await Self.longURL(from: request)
                let code = try await shortener.shorten(url)
                return JSONBody(Shortened(shortURL: Self.shortLink(to: code, for: request), code: code.value))
            }
        }
        for path in ["/expand", "/api/expand"] {
            router.get(RouterPath(path)) { request, _ in
                guard let given = request.uri.queryParameters["url"].map(String.init), !given.isEmpty else {
                    throw APIError.badRequest("missing ?url=: pass the short link or its code, e.g. /expand?url=aZ3k9Qx")
                }
                guard let code = Self.code(in: given) else {
                    throw APIError.badRequest("\"\(given)\" is not a short link or code (letters and digits, up to \(ShortCode.maximumLength))")
                }
                return JSONBody(Expanded(longURL: try await shortener.expand(code)))
            }
        }
        router.get("/{code}") { request, context in
            // Anything that is not a code (style.css, favicon.ico) is a 404 so the static files get a turn.
            guard let code = context.parameters.get("code").flatMap({ ShortCode($0) }) else {
                throw APIError.notFound("no such page: \(request.uri.path)")
            }
            let url = try await shortener.expand(code)
            return Response(status: .found, headers: [.location: url])
        }
    }

    /// The short link as the client reached us: behind a proxy, its Host and X-Forwarded-Proto.
    static func shortLink(to code: ShortCode, for request: Request) -> String {
        let scheme = request.headers.value(named: "X-Forwarded-Proto")?.split(separator: ",").first.map {
            String($0).trimmingWhitespace()
        } ?? "http"
        let host = request.head.authority ?? "localhost"
        return "\(scheme)://\(host)/\(code.value)"
    }

    /// The code in `aZ3k9Qx` or in `http://host/aZ3k9Qx`.
    static func code(in text: String) -> ShortCode? {
        let last = text.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(text)
        return ShortCode(last)
    }

    /// Reads `{"url": "…"}`, answering 400 with the reason when it is not that.
    static func longURL(from request: Request) async throws -> LongURL {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maximumBody)
        } catch {
            throw APIError(.contentTooLarge, reason: "the body is larger than \(maximumBody) bytes")
        }
        let decoded: ShortenRequest
        do {
            decoded = try JSONDecoder().decode(ShortenRequest.self, from: Data(buffer: body))
        } catch {
            throw APIError.badRequest("the body is not a JSON object like {\"url\": \"https://example.com\"}: \(describe(error))")
        }
        guard let url = decoded.url else {
            throw APIError.badRequest("the JSON has no \"url\" field; send {\"url\": \"https://example.com\"}")
        }
        return try LongURL(url)
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context): context.debugDescription
        case .typeMismatch(_, let context): context.debugDescription
        default: "\(error)"
        }
    }
}
