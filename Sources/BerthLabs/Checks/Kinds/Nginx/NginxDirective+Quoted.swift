import BerthFormats

extension NginxDirective {
    /// The directive as written, for messages: `listen 80;`, `location /api/ { … }`.
    var quoted: String {
        let words = ([name] + values).joined(separator: " ")
        return "`" + words + (isBlock ? " { … }`" : ";`")
    }
}
