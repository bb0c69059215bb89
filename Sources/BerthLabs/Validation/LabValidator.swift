import BerthFormats
import Foundation

/// The authoring check of a lab (`berth lab validate`): the manifest is valid, every task
/// has instructions, hints and checks whose points add up, every note it names exists,
/// the starter fails every check, and the reference solution of task N passes tasks 0…N.
public struct LabValidator: Sendable {
    /// The topics of `berth notes`; a task or check may only name these.
    public var noteTopics: Set<String>

    public init(noteTopics: Set<String>) {
        self.noteTopics = noteTopics
    }

    /// Every problem found, positioned in the lab's files (paths relative to the lab's folder).
    public func validate(_ lab: Lab) -> [ParseError] {
        var problems: [ParseError] = []
        for task in lab.manifest.tasks {
            problems += validateText(of: task, in: lab)
        }
        problems += validateSolutions(of: lab)
        return problems
    }

    private func validateText(of task: TaskManifest, in lab: Lab) -> [ParseError] {
        var problems: [ParseError] = []
        func problem(_ message: String, at location: SourceLocation = task.location) {
            problems.append(ParseError(.invalidValue, at: location, "task `\(task.id)`: \(message)"))
        }
        switch lab.instructions(for: task) {
        case .failure(let error):
            problem("its instructions cannot be read: \(error.message)")
        case .success(let text) where text.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
            problem("its instructions file \(task.instructions) is empty")
        case .success:
            break
        }
        if task.hints.isEmpty { problem("has no hints; give two or three, least revealing first") }
        if task.checks.isEmpty { problem("has no checks, so it can never pass") }
        for note in task.notes where !noteTopics.contains(note) {
            problem("names the note `\(note)`, which does not exist (berth notes lists them)")
        }
        for check in task.checks {
            if let note = check.note, !noteTopics.contains(note) {
                problem("check `\(check.id)` names the note `\(note)`, which does not exist", at: check.location)
            }
        }
        let sum = task.checks.reduce(0) { $0 + $1.points }
        if abs(sum - task.points) > 0.000_001 {
            problem("its checks add up to \(Self.format(sum)) points but the task is worth \(Self.format(task.points))")
        }
        return problems
    }

    private func validateSolutions(of lab: Lab) -> [ParseError] {
        var problems: [ParseError] = []
        let tasks = lab.manifest.tasks
        do {
            let starter = try AssembledRepository(lab: lab, solution: nil)
            let checker = TaskChecker(repository: starter.repository)
            for task in tasks {
                for result in checker.check(task).checks where result.status == .pass {
                    let spec = task.checks.first { $0.id == result.id }
                    problems.append(ParseError(.invalidValue, at: spec?.location ?? task.location,
                        "task `\(task.id)`: check `\(result.id)` passes on the starter alone (\(result.found)); a check must test the student's work"))
                }
            }
        } catch {
            problems.append(ParseError(.unreadable, at: lab.manifest.location, "the starter cannot be copied: \(error)"))
        }
        for (index, task) in tasks.enumerated() {
            guard let solution = task.solution else { continue }
            do {
                let assembled = try AssembledRepository(lab: lab, solution: solution)
                let checker = TaskChecker(repository: assembled.repository)
                for earlier in tasks[...index] {
                    for result in checker.check(earlier).checks where result.status != .pass {
                        let spec = earlier.checks.first { $0.id == result.id }
                        let place = result.location.map { " at \($0)" } ?? ""
                        problems.append(ParseError(.invalidValue, at: spec?.location ?? earlier.location,
                            "task `\(earlier.id)`: check `\(result.id)` fails on the solution \(solution) of task `\(task.id)`\(place): expected \(result.expected), found \(result.found)"))
                    }
                }
            } catch {
                problems.append(ParseError(.unreadable, at: task.location, "task `\(task.id)`: its solution cannot be assembled: \(error)"))
            }
        }
        return problems
    }

    static func format(_ points: Double) -> String {
        points == points.rounded() ? String(Int(points)) : String(points)
    }
}

/// A lab's starter with a solution laid over it, in a temporary folder removed with the value.
final class AssembledRepository {
    let directory: String
    let repository: StudentRepository

    init(lab: Lab, solution: String?) throws {
        directory = NSTemporaryDirectory() + "berth-validate-\(lab.id)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = try StarterCopier().copyStarter(of: lab, into: directory)
        if let solution {
            var summary = StarterCopier.Summary()
            try StarterCopier(overwrite: true).copy(from: lab.directory + "/" + solution, to: directory,
                                                    shownAs: "", into: &summary)
        }
        repository = StudentRepository(root: directory)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
