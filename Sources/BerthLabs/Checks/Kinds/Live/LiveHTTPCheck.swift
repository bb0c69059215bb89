import BerthLive

/// `kind: live-http`: a request to the running stack (or one image) gets the answer asked:
/// a status, text in the body, JSON fields, headers.
///
/// ```yaml
/// kind: live-http
/// url: http://localhost:5252/api/hello
/// image: backend                    # optional: run this folder's image alone…
/// publish: ["5252:5252"]            # …with these ports; the compose stack by default
/// method: OPTIONS                   # GET by default
/// headers: {Origin: "http://localhost:9000", Access-Control-Request-Method: GET}
/// status: 200                       # 200 by default
/// json: {message: "Hello, World!"}  # top-level fields and their values
/// contains: "Served by"             # text in the body
/// header: {Access-Control-Allow-Origin: "http://localhost:9000"}   # exact header values
/// absent-headers: [Access-Control-Allow-Origin]
/// json-present: [x_forwarded_for]   # fields that must be there, any value
/// follow-redirects: true            # false by default
/// ```
public struct LiveHTTPCheck: LiveCheck {
    public static let kind = "live-http"

    public var url: String
    public var method: String
    public var headers: [(name: String, value: String)]
    public var status: Int
    public var json: [(name: String, value: String)]
    public var contains: String?
    public var header: [(name: String, value: String)]
    public var absentHeaders: [String]
    /// Top-level JSON fields that must be there, whatever their value.
    public var jsonPresent: [String]
    /// Follow redirects (to https once the TLS task is done) instead of checking the first answer.
    public var followsRedirects: Bool
    public var target: LiveTarget

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        target = LiveTarget.read(&fields)
        method = fields.optionalString("method")?.uppercased() ?? "GET"
        headers = fields.stringPairs("headers")
        status = fields.integer("status", in: 100...599) ?? 200
        json = fields.stringPairs("json")
        contains = fields.optionalString("contains")
        header = fields.stringPairs("header")
        absentHeaders = fields.strings("absent-headers")
        jsonPresent = fields.strings("json-present")
        followsRedirects = fields.bool("follow-redirects") ?? false
        guard let url else { return nil }
        self.url = url
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "\(method) \(url) to answer \(status)" + (contains.map { " with `\($0)`" } ?? "")
            + json.map { " and \($0.name) \"\($0.value)\"" }.joined()
            + header.map { " and \($0.name): \($0.value)" }.joined()
            + absentHeaders.map { " and no \($0)" }.joined()
            + jsonPresent.map { " and a field \($0)" }.joined()
        return session.withTarget(target, expected: expected) { _ in
            let response: HTTPResponse
            do throws(HTTPProbeError) {
                response = try session.client.send(HTTPRequest(url: url, method: method, headers: headers, timeout: 10,
                                                                   followRedirects: followsRedirects))
            } catch {
                return .fail(at: nil, expected: expected, found: "no answer: \(error.message)")
            }
            guard response.status == status else {
                return .fail(at: nil, expected: expected, found: "HTTP \(response.status): \(response.text.prefix(160))")
            }
            if let contains, !response.text.contains(contains) {
                return .fail(at: nil, expected: expected, found: "a body without `\(contains)`: \(response.text.prefix(160))")
            }
            for field in json {
                let value = JSONBody.field(field.name, in: response.body)
                guard value == field.value else {
                    return .fail(at: nil, expected: expected,
                                 found: value.map { "\(field.name) \"\($0)\"" } ?? "no field \(field.name) in \(response.text.prefix(160))")
                }
            }
            for name in jsonPresent where JSONBody.field(name, in: response.body).map({ !$0.isEmpty }) != true {
                return .fail(at: nil, expected: expected, found: "no field \(name) in \(response.text.prefix(200))")
            }
            for wanted in header {
                let value = response.header(wanted.name)
                guard value == wanted.value else {
                    return .fail(at: nil, expected: expected, found: value.map { "\(wanted.name): \($0)" } ?? "no \(wanted.name) header")
                }
            }
            for name in absentHeaders {
                if let value = response.header(name) { return .fail(at: nil, expected: expected, found: "\(name): \(value)") }
            }
            return .pass(at: nil, expected: expected, found: "HTTP \(response.status) as asked")
        }
    }
}
