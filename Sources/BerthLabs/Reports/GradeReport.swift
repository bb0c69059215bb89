import BerthTerminal

/// The report of a batch in one of `GradeReportFormat`'s formats.
public struct GradeReport: Sendable {
    public var format: GradeReportFormat
    public var style: TerminalStyle
    public var version: String

    public init(format: GradeReportFormat, style: TerminalStyle, version: String) {
        self.format = format
        self.style = style
        self.version = version
    }

    public func write(_ grades: [RepositoryGrade]) -> String {
        switch format {
        case .text: TextGradeWriter(style: style).write(grades)
        case .json: JSONGradeWriter().write(grades, asArray: grades.count > 1)
        case .junit: JUnitGradeWriter().write(grades)
        case .markdown: MarkdownGradeWriter().write(grades)
        case .classroom: ClassroomGradeWriter().write(grades)
        case .csv: CSVGradeWriter().write(grades)
        case .sarif: SARIFGradeWriter(version: version).write(grades)
        }
    }
}
