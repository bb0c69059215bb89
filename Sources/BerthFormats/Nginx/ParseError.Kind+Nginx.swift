extension ParseError.Kind {
    /// A directive used in a block where nginx does not allow it (`server` outside `http`).
    public static let directiveContext = ParseError.Kind(rawValue: "directive-context")
    /// A directive with the wrong number of arguments, or a flag that is not on/off.
    public static let argumentCount = ParseError.Kind(rawValue: "argument-count")
}
