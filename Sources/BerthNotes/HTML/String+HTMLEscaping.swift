import Foundation

extension String {
    /// The text safe inside HTML elements and double-quoted attributes.
    var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A note's page file name as a relative URL: `rate-limiting.html`, percent-encoded
    /// so a topic with spaces or `#` still links to its own file.
    static func pageURL(topic: String) -> String {
        (topic.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#", ";"])) ?? topic)
            + ".html"
    }
}
