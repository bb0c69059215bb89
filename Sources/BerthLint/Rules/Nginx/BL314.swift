import BerthFormats

/// Flags `$uri` and `$document_uri` in headers, redirects and the proxied request line (gixy's
/// http_splitting). `rationale` says why it matters.
///
/// A `return` with a body and an internal `rewrite` send no header, so they are left alone.
public enum BL314: NginxRule {
    public static let id = "BL314"
    public static let severity = Severity.warning
    public static let summary = "a decoded URI variable in a header or redirect allows HTTP response splitting"
    public static let fix = "Use $request_uri, which keeps the client's encoding, instead of $uri or $document_uri."
    public static let note = "reverse-proxy"
    public static let rationale = """
        `$uri` and `$document_uri` hold the decoded path, so `%0d%0a` in a request becomes a line break: \
        an attacker injects headers of their choosing into the response or the proxied request (HTTP \
        response splitting).
        """

    static let decoded = ["uri", "document_uri"]
    static let redirectCodes: Set<String> = ["301", "302", "303", "307", "308"]

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        config.allDirectives().compactMap { match in
            let directive = match.directive
            guard let (argument, place) = headerArgument(of: directive),
                  let (variable, offset) = firstDecodedVariable(in: argument.value) else { return nil }
            return finding(at: argument.location(atOffset: offset),
                           "\(directive.name) puts \(variable) into \(place); it is decoded, so %0d%0a in the request "
                               + "ends the line there and adds headers of the client's choosing: use $request_uri")
        }
    }

    /// The argument of `directive` that ends up in a header line, and which line that is.
    static func headerArgument(of directive: NginxDirective) -> (NginxArgument, String)? {
        let arguments = directive.arguments
        switch directive.name {
        case "add_header" where arguments.count >= 2:
            return (arguments[1], "the response header \(arguments[0].value)")
        case "proxy_set_header" where arguments.count >= 2:
            return (arguments[1], "the \(arguments[0].value) header sent to the backend")
        case "proxy_pass" where !arguments.isEmpty:
            return (arguments[0], "the request line sent to the backend")
        case "return" where arguments.count == 1 && Int(arguments[0].value) == nil:
            return (arguments[0], "the Location header")
        case "return" where arguments.count >= 2 && redirectCodes.contains(arguments[0].value):
            return (arguments[1], "the Location header")
        case "rewrite" where arguments.count >= 2:
            let replacement = arguments[1].value
            let redirects = ["redirect", "permanent"].contains(directive.value(at: 2) ?? "")
                || ["http://", "https://", "$scheme"].contains(where: replacement.hasPrefix)
            return redirects ? (arguments[1], "the Location header") : nil
        default:
            return nil
        }
    }

    /// The first `$uri`, `$document_uri` (as a whole name, not `$uri_prefix`) or braced
    /// `${uri}` in `text`, with its offset in scalars.
    static func firstDecodedVariable(in text: String) -> (String, Int)? {
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices where scalars[start] == "$" {
            let braced = start + 1 < scalars.count && scalars[start + 1] == "{"
            var end = start + (braced ? 2 : 1)
            while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
            let name = String(String.UnicodeScalarView(scalars[(start + (braced ? 2 : 1))..<end]))
            guard decoded.contains(name) else { continue }
            if braced, end >= scalars.count || scalars[end] != "}" { continue }
            return (braced ? "${\(name)}" : "$\(name)", start)
        }
        return nil
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
