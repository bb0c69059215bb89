import BerthFormats

/// A file berth could not read or parse; `rationale` says why it matters.
public enum BL001: Rule {
    public static let id = "BL001"
    public static let severity = Severity.error
    public static let summary = "the file cannot be read or parsed"
    public static let fix = "Correct the file at the position shown; the message says what was expected."
    public static let note = "dockerfile"
    public static let rationale = """
        A file berth could not read or parse: a syntax error, invalid UTF-8, a file over the size limit, an \
        include or symlink leading out of the repository. Nothing after the error can be checked, so it is \
        reported first and as an error.
        """
}

/// A problem the real tool would only warn about or ignore; `rationale` says why it matters.
public enum BL002: Rule {
    public static let id = "BL002"
    public static let severity = Severity.warning
    public static let summary = "the file has a problem the tool would only warn about"
    public static let fix = "Check the spelling of the key or directive; the message suggests the closest known one."
    public static let note = "compose"
    public static let rationale = """
        Something the real tool would accept with a warning or ignore: an unknown compose key, a feature \
        berth does not follow (`extends`, `include`). Worth a look, since it often hides a typo that \
        silently turns a setting off.
        """
}
