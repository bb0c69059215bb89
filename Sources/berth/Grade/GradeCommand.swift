import ArgumentParser
import BerthLabs
import BerthTerminal
import Foundation

/// `berth grade`: points per check, task and repository, for one repo or a whole class.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade student repositories: points per check with partial credit, in the report a CI reads.",
        discussion: """
        Reads each repository's files (nothing in it is run, no symlink out of it is followed) \
        and runs every check of its lab. The lab is the one named with --lab, else the one the \
        repository's .berth/state.json names, else the lab its files fit best (the guess is \
        printed). A repository that cannot be read is an error row; the batch goes on.

        Formats: text (a table per repository), json (the stable shape; an array for several), \
        junit (a testsuite per task), markdown (for $GITHUB_STEP_SUMMARY), classroom (GitHub \
        Classroom's grading reporter: a base64 line per repository), csv (a gradebook), sarif.

        With --live, each repository's stack is also built, started and probed through Docker, \
        one repository at a time (the stacks publish the same ports), each within --timeout \
        seconds and removed afterwards, containers, networks, volumes and images alike. Code \
        from the submissions runs only then, inside its containers.

        Exit status: 0 when every repository passes (or reaches --min-score), 1 when one does \
        not, 2 for bad usage or a repository that cannot be graded, 3 when --live finds no \
        Docker engine or Compose v2.

        Examples:
          berth grade .                                   the repository you are in
          berth grade submissions/* --lab classroom-lb --format csv --output grades.csv
          berth grade . --format markdown >> "$GITHUB_STEP_SUMMARY"
          berth grade . --min-score 7                     pass a CI job from 7 points
          berth grade . --live --format classroom         files and running stack
        """
    )

    @Argument(help: ArgumentHelp("The repositories (folders) to grade.", valueName: "repo"))
    var repositories: [String]

    @Option(name: .long, help: ArgumentHelp("Grade against this lab (default: from .berth/state.json or the files).", valueName: "name"))
    var lab: String?

    @Option(name: .long, help: ArgumentHelp(
        "Report format: \(GradeReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: GradeReportFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to FILE (replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Repositories graded at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Exit 1 only when a repository scores below X points.", valueName: "x"))
    var minScore: Double?

    @Flag(name: .long, help: "Also build, start and probe each repository's stack through Docker (Compose v2).")
    var live = false

    @Option(name: .long, help: ArgumentHelp("With --live: seconds one repository may take, builds included.", valueName: "seconds"))
    var timeout: Double = 900

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        if repositories.isEmpty { throw ValidationError("Give at least one repository. Try: berth grade .") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs needs at least 1 (got \(jobs)).") }
        if let minScore, minScore < 0 || !minScore.isFinite { throw ValidationError("--min-score is a number of points, 0 or more.") }
        if timeout < 10 || !timeout.isFinite { throw ValidationError("--timeout is at least 10 seconds (got \(timeout)).") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let library = try labsOptions.library(environment: environment)
        if let lab {
            // Named but unknown: one usage error, not an error row per repository.
            do { _ = try library.lab(lab) } catch { throw CommandFailure(error.description) }
        }
        let liveRun = live ? try LiveRun(environment: environment) : nil
        let liveGrading = liveRun.map { run in
            LiveGrading(timeout: timeout) { repository, purpose in run.session(repository: repository, purpose: purpose) }
        }
        if live, let jobs, jobs > 1 {
            writeError("berth: --live grades one repository at a time: their stacks publish the same ports")
        }
        let batch = BatchGrader(grader: Grader(library: library, labID: lab, live: liveGrading),
                                jobs: live ? 1 : jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // The live line shows the build; the batch line would fight it for the same row.
        let progress = GradeProgressLine(total: live ? 1 : repositories.count)
        let grades = batch.grade(repositories, progress: progress.update)
        progress.finish()
        liveRun?.finish()
        if liveRun?.wasInterrupted == true {
            throw CommandFailure("interrupted; the containers, networks, volumes and images of the run were removed", exitCode: 130)
        }

        for grade in grades where grade.problem != nil && format != .text {
            writeError("berth: cannot grade \(grade.repository): \(grade.problem ?? "")")
        }
        for grade in grades where grade.labSource == .guessed {
            writeError("berth: graded \(grade.repository) as lab \(grade.lab?.id ?? "?") (guessed from its files; name it with --lab)")
        }
        let terminal = Terminal.current(environment: environment)
        let color = output == nil && colorOptions.usesColor(in: terminal)
        let report = GradeReport(format: format, style: TerminalStyle(color: color, hyperlinks: false),
                                 version: BerthVersion.current).write(grades)
        if let output {
            do {
                try Data(report.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
            }
            writeError("berth: wrote the \(format.rawValue) report of \(grades.count) repositories to \(output)")
        } else {
            print(report, terminator: "")
        }
        try exit(for: grades)
    }

    private func exit(for grades: [RepositoryGrade]) throws {
        if grades.contains(where: { $0.problem != nil }) { throw ExitCode(CommandFailure.badInput) }
        let failing = grades.contains { grade in
            minScore.map { grade.score < $0 } ?? (grade.status != .pass)
        }
        if failing { throw ExitCode(CommandFailure.checkFailed) }
    }
}

extension GradeReportFormat: ExpressibleByArgument {}
