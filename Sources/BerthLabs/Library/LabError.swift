import BerthFormats

/// A lab that cannot be found or used; the message says which and what to do.
public struct LabError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// The manifest's problems, when it was the manifest that failed.
    public var problems: [ParseError]

    public init(_ description: String, problems: [ParseError] = []) {
        self.description = description
        self.problems = problems
    }
}

/// "; did you mean `x`?" for a mistyped lab or task id, or nothing.
enum NameSuggestionHint {
    static func text(for name: String, among known: [String]) -> String {
        NameSuggestion.closest(to: name, among: known).map { "; did you mean `\($0)`?" } ?? ""
    }
}
