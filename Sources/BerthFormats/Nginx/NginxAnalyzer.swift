/// Checks one directive against the directive table: is it allowed in this block, and
/// does it take this many arguments (crossplane's `analyzer.py`, message for message).
enum NginxAnalyzer {
    /// A refused directive: crossplane's message and, for the terminal, what to do instead.
    struct Problem: Sendable, Equatable {
        var reference: String
        var advice: String
        /// The `{` or `}` that ended the directive early must be skipped as crossplane does.
        var isUnterminated: Bool = false
    }

    /// The problem with `name` and its `arguments`, ended by `terminator`, in `context`;
    /// nil when it is fine, or when the block or the directive is one nginx's tables do not cover.
    static func check(_ name: String, arguments: [String], terminator: NginxToken.Kind,
                      in context: NginxContext?) -> Problem? {
        guard let context, let allForms = NginxDirectiveTable.index.forms(of: name) else {
            return nil
        }
        let forms = allForms.filter { $0.contains(NginxDirectiveForm(context)) }
        guard !forms.isEmpty else {
            let places = Set(allForms.flatMap(\.contexts))
            let list = NginxContext.allCases.filter(places.contains).map(\.rawValue)
            return Problem(reference: "\"\(name)\" directive is not allowed here",
                           advice: "\"\(name)\" belongs in \(list.joined(separator: ", ")), not in \(context.rawValue)")
        }
        var problem: Problem?
        // crossplane tries the forms last to first, so the first form's complaint wins.
        for form in forms.reversed() {
            if form.contains(.block), terminator != .openBrace {
                problem = Problem(reference: "directive \"\(name)\" has no opening \"{\"",
                                  advice: "\"\(name)\" needs a { } block after its arguments")
                continue
            }
            if !form.contains(.block), terminator != .semicolon {
                problem = Problem(reference: "directive \"\(name)\" is not terminated by \";\"",
                                  advice: "end it with \";\" after its last argument", isUnterminated: true)
                continue
            }
            if form.accepts(arguments) { return nil }
            if form.contains(.flag), arguments.count == 1 {
                problem = Problem(reference: "invalid value \"\(arguments[0])\" in \"\(name)\" directive, it must be \"on\" or \"off\"",
                                  advice: "write on or off")
            } else {
                problem = Problem(reference: "invalid number of arguments in \"\(name)\" directive",
                                  advice: "\"\(name)\" takes \(form.argumentDescription), here it has \(arguments.count)")
            }
        }
        return problem
    }
}

extension NginxDirectiveForm {
    /// How many arguments the form takes, in words.
    var argumentDescription: String {
        if contains(.flag) { return "on or off" }
        if contains(.any) { return "any number of arguments" }
        if contains(.twoOrMore) { return "2 or more arguments" }
        if contains(.oneOrMore) { return "1 or more arguments" }
        let counts = (0...7).filter { rawValue >> UInt32($0) & 1 == 1 }.map(String.init)
        guard let last = counts.last else { return "no arguments" }
        if counts == ["0"] { return "no arguments" }
        let words = counts.count == 1 ? last : counts.dropLast().joined(separator: ", ") + " or " + last
        return words + (counts == ["1"] ? " argument" : " arguments")
    }
}
