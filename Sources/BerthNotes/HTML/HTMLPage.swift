/// The frame every exported page shares: head with charset, title and stylesheet,
/// a navigation line back to the index, the content, and an optional footer.
struct HTMLPage {
    static let siteTitle = "berth notes"

    /// Plain text; escaped here.
    var title: String
    /// Already HTML.
    var navigation: String
    var content: String
    var footer: String?

    var html: String {
        let heading = title == Self.siteTitle ? Self.siteTitle : "\(title) · \(Self.siteTitle)"
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(heading.htmlEscaped)</title>
            <link rel="stylesheet" href="\(HTMLStylesheet.fileName)">
            </head>
            <body>
            <nav>\(navigation)</nav>
            <main>
            \(content)</main>
            \(footer.map { "<footer>\($0)</footer>\n" } ?? "")</body>
            </html>

            """
    }
}
