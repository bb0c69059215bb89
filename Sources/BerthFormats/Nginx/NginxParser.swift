/// Turns one file's tokens into a tree of directives, step for step as crossplane's
/// `parser.py` does in its default mode (errors caught, contexts and argument counts checked).
///
/// A refused directive is recorded and skipped, and parsing goes on. Unbalanced braces,
/// an unterminated quote or a broken Lua block stop the file where crossplane stops it;
/// what was read up to there is kept in the tree.
struct NginxParser {
    /// Blocks nested deeper than this stop the file: no real config comes near it, and
    /// the limit keeps a hostile file from exhausting the stack.
    static let maximumNesting = 200

    let file: String
    let keepComments: Bool
    /// Follows `include`s; nil when parsing text on its own.
    var includes: NginxIncludeResolver?
    let fileIndex: Int
    private(set) var diagnostics: [NginxDiagnostic] = []
    private var lexer: NginxLexer
    /// The `{` read so far and not yet closed, with the directive that opened each.
    private var openBraces: [(name: String, location: SourceLocation)] = []
    private var lastToken: NginxToken?
    private var currentName = ""
    private var nesting = 0

    init(source: SourceText, fileIndex: Int = 0, keepComments: Bool = false, includes: NginxIncludeResolver? = nil) {
        file = source.path
        lexer = NginxLexer(text: source.text)
        self.fileIndex = fileIndex
        self.keepComments = keepComments
        self.includes = includes
    }

    /// Parses the whole file inside `context`; `complete` is false when a syntax error stopped it.
    mutating func parse(in context: [String]) -> (directives: [NginxDirective], complete: Bool) {
        var parsed: [NginxDirective] = []
        do {
            try parseBlock(context, consuming: false, into: &parsed)
            return (parsed, true)
        } catch {
            diagnostics.append(error.diagnostic)
            return (parsed, false)
        }
    }

    private mutating func parseBlock(_ path: [String], consuming: Bool,
                                     into parsed: inout [NginxDirective]) throws(NginxParseStop) {
        let context = consuming ? nil : NginxContext(path: path)
        while let token = try pull() {
            if token.kind == .closeBrace { return }
            if consuming {
                if token.kind == .openBrace { try skipBlock() }
                continue
            }
            if token.kind == .comment {
                if keepComments { parsed.append(comment(token, line: token.line)) }
                continue
            }
            var directive = NginxDirective(name: token.text, location: location(of: token))
            currentName = token.text
            var comments: [NginxToken] = []
            var terminator = try pullRequired()
            while !terminator.isTerminator {
                if terminator.kind == .comment {
                    comments.append(terminator)
                } else {
                    directive.arguments.append(NginxArgument(value: terminator.text, location: location(of: terminator),
                                                             isQuoted: terminator.kind == .quoted))
                }
                terminator = try pullRequired()
            }
            if directive.name == "if" { directive.arguments = NginxParser.strippingParentheses(directive.arguments) }
            if let problem = NginxAnalyzer.check(directive.name, arguments: directive.values,
                                                 terminator: terminator.kind, in: context) {
                record(problem, for: directive, in: context)
                guard problem.isUnterminated else { continue }
                // The `{` or `}` that came before any `;`: skip that block, or end this one.
                if terminator.kind == .openBrace { try skipBlock() } else { return }
                continue
            }
            if directive.name == "include", var resolver = includes {
                includes = nil
                directive.includes = resolver.resolve(directive, context: path, from: fileIndex, into: &diagnostics)
                includes = resolver
            }
            if terminator.kind == .openBrace {
                var inner: [NginxDirective] = []
                do {
                    try nested { parser throws(NginxParseStop) in
                        try parser.parseBlock(NginxContext.enter(directive.name, from: path), consuming: false, into: &inner)
                    }
                } catch {
                    directive.block = inner
                    parsed.append(directive)
                    throw error
                }
                directive.block = inner
            }
            parsed.append(directive)
            // crossplane keeps comments written between arguments even when asked for none.
            parsed += comments.map { comment($0, line: directive.location.line) }
        }
    }

    /// Reads past a block crossplane ignores (the one after a refused directive).
    private mutating func skipBlock() throws(NginxParseStop) {
        var skipped: [NginxDirective] = []
        try nested { parser throws(NginxParseStop) in try parser.parseBlock([], consuming: true, into: &skipped) }
    }

    private mutating func nested(_ body: (inout NginxParser) throws(NginxParseStop) -> Void) throws(NginxParseStop) {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= NginxParser.maximumNesting else {
            let opened = openBraces.last?.location ?? SourceLocation(file: file, line: 1, column: 1)
            throw NginxParseStop(.syntax, at: opened,
                                 "blocks are nested more than \(NginxParser.maximumNesting) deep; nginx configs never need this")
        }
        try body(&self)
    }

    /// The next token, keeping count of braces as crossplane's `_balance_braces` does.
    private mutating func pull() throws(NginxParseStop) -> NginxToken? {
        guard let token = lexer.next() else {
            if let open = openBraces.last {
                let at = lastToken.map(location(of:)) ?? open.location
                throw NginxParseStop(.syntax, at: at,
                    "unexpected end of file, expecting \"}\": the block of \"\(open.name)\" opened at line \(open.location.line), column \(open.location.column) is never closed",
                    reference: "unexpected end of file, expecting \"}\"")
            }
            return nil
        }
        switch token.kind {
        case .unterminatedQuote:
            // Inside a block crossplane's lexer drops the string and runs out of tokens first.
            let inBlock = !openBraces.isEmpty
            throw NginxParseStop(.syntax, at: location(of: token),
                                 "unterminated string: the \(token.text) opened here is never closed; add the closing \(token.text)",
                                 reference: inBlock ? "unexpected end of file, expecting \"}\"" : nil,
                                 referenceLine: inBlock ? lastToken?.line : nil)
        case .luaError:
            throw NginxParseStop(.syntax, at: location(of: token), token.text)
        case .openBrace:
            openBraces.append((currentName, location(of: token)))
        case .closeBrace:
            guard openBraces.popLast() != nil else {
                throw NginxParseStop(.syntax, at: location(of: token),
                                     "unexpected \"}\": it closes no block; remove it or add the \"{\" it belongs to",
                                     reference: "unexpected \"}\"")
            }
        default:
            break
        }
        lastToken = token
        return token
    }

    /// The next token inside a directive, where the end of the file is an error.
    private mutating func pullRequired() throws(NginxParseStop) -> NginxToken {
        if let token = try pull() { return token }
        let at = lastToken.map(location(of:)) ?? SourceLocation(file: file, line: 1, column: 1)
        throw NginxParseStop(.syntax, at: at,
            "unexpected end of file, expecting \";\" or \"}\": directive \"\(currentName)\" is not terminated by \";\"")
    }

    private mutating func record(_ problem: NginxAnalyzer.Problem, for directive: NginxDirective, in context: NginxContext?) {
        let kind: ParseError.Kind = problem.reference.hasSuffix("not allowed here") ? .directiveContext
            : problem.reference.hasPrefix("directive") ? .syntax : .argumentCount
        var advice = problem.advice
        if kind == .directiveContext, context == .main,
           NginxDirectiveTable.index.forms(of: directive.name)?.contains(where: { $0.contains(.http) }) == true {
            advice += " (if nginx includes this file inside http { }, parse it in the http context)"
        }
        diagnostics.append(NginxDiagnostic(kind, at: directive.location, "\(problem.reference); \(advice)",
                                           reference: problem.reference))
    }

    private func comment(_ token: NginxToken, line: Int) -> NginxDirective {
        NginxDirective(name: "#", location: SourceLocation(file: file, line: line, column: token.column),
                       comment: String(token.text.dropFirst()))
    }

    func location(of token: NginxToken) -> SourceLocation {
        SourceLocation(file: file, line: token.line, column: token.column)
    }
}

/// A problem that ends the parse of a file (crossplane raises these out of its parser).
struct NginxParseStop: Error {
    var diagnostic: NginxDiagnostic

    init(_ kind: ParseError.Kind, at location: SourceLocation, _ message: String, reference: String? = nil,
         referenceLine: Int? = nil) {
        diagnostic = NginxDiagnostic(ParseError(kind, at: location, message), referenceMessage: reference,
                                     referenceLine: referenceLine)
    }
}
