import Foundation

/// Grades student repositories against the labs of a library: the lab named, the one a
/// workspace's `.berth/state.json` names, or the one its files fit best. Static grading reads
/// files only (parsed, never run), so it is safe on any submission.
public struct Grader: Sendable {
    public var library: LabLibrary
    /// The lab every repository is graded against; nil to find each one's.
    public var labID: String?
    /// Runs each repository's stack for the live checks; nil grades the files only.
    public var live: LiveGrading?

    public init(library: LabLibrary, labID: String?, live: LiveGrading? = nil) {
        self.library = library
        self.labID = labID
        self.live = live
    }

    private var mode: RepositoryGrade.Mode { live == nil ? .static : .live }

    /// Grades `repository` (a path as given); never throws: a problem is an `error` grade.
    public func grade(_ repository: String) -> RepositoryGrade {
        let named: Lab?
        if let labID {
            do {
                named = try library.lab(labID)
            } catch {
                return RepositoryGrade(repository: repository, lab: nil, mode: mode, problem: error.description)
            }
        } else {
            named = nil
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: repository, isDirectory: &isDirectory) else {
            return RepositoryGrade(repository: repository, lab: named?.manifest, mode: mode,
                                   problem: "\(repository) does not exist; give the folder of a student's repository")
        }
        guard isDirectory.boolValue else {
            return RepositoryGrade(repository: repository, lab: named?.manifest, mode: mode,
                                   problem: "\(repository) is a file, not a folder; give the folder of a student's repository")
        }
        guard FileManager.default.isReadableFile(atPath: repository),
              (try? FileManager.default.contentsOfDirectory(atPath: repository)) != nil else {
            return RepositoryGrade(repository: repository, lab: named?.manifest, mode: mode,
                                   problem: "\(repository) cannot be read (permission denied)")
        }
        let files = StudentRepository(root: repository)
        let checker = TaskChecker(repository: files)
        if let named {
            return grade(repository, against: named.manifest, source: .named, checker: checker)
        }
        if let recorded = Self.recordedLab(in: files), let lab = try? library.lab(recorded) {
            return grade(repository, against: lab.manifest, source: .progressFile, checker: checker)
        }
        return guessAndGrade(repository, checker: checker)
    }

    private func grade(_ repository: String, against lab: LabManifest, source: RepositoryGrade.LabSource,
                       checker: TaskChecker) -> RepositoryGrade {
        guard let live else {
            return RepositoryGrade(repository: repository, lab: lab, labSource: source, mode: .static, tasks: lab.tasks.map(checker.check))
        }
        let tasks = live.run(repository: repository, lab: lab.id) { session in
            lab.tasks.map(TaskChecker(repository: checker.repository, live: session).check)
        }
        return RepositoryGrade(repository: repository, lab: lab, labSource: source, mode: .live, tasks: tasks)
    }

    /// Grades the files against every lab and keeps the one that gives the largest share of
    /// its points: a repository laid out for a lab scores far better against it than against
    /// the others. Only that lab's stack is then run, in live mode.
    private func guessAndGrade(_ repository: String, checker: TaskChecker) -> RepositoryGrade {
        let labs = library.labIDs().compactMap { try? library.lab($0) }
        let grades = labs.map { lab in
            RepositoryGrade(repository: repository, lab: lab.manifest, labSource: .guessed, mode: .static,
                            tasks: lab.manifest.tasks.map(checker.check))
        }
        let share = { (grade: RepositoryGrade) in grade.maximumScore > 0 ? grade.score / grade.maximumScore : 0 }
        guard let best = grades.max(by: { share($0) < share($1) }), share(best) > 0 else {
            let names = labs.map(\.id).joined(separator: ", ")
            return RepositoryGrade(repository: repository, lab: nil, mode: mode,
                                   problem: "nothing in \(repository) fits any lab (\(names)); name the lab with --lab")
        }
        guard live != nil, let lab = best.lab else { return best }
        return grade(repository, against: lab, source: .guessed, checker: checker)
    }

    /// The lab a workspace's progress file names, read like any file of the submission
    /// (confined to it, bounded) and leniently: grading never repairs it.
    static func recordedLab(in repository: StudentRepository) -> String? {
        guard case .success(let source) = repository.text(ProgressStore.folderName + "/" + ProgressStore.fileName),
              let object = try? JSONSerialization.jsonObject(with: Data(source.text.utf8)) as? [String: Any] else { return nil }
        return object["lab"] as? String
    }
}
