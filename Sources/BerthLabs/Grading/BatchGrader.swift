import Foundation

/// Grades many repositories on `jobs` threads at once; results keep the order of the input.
public struct BatchGrader: Sendable {
    public var grader: Grader
    public var jobs: Int

    public init(grader: Grader, jobs: Int) {
        self.grader = grader
        self.jobs = max(1, jobs)
    }

    /// Grades every repository; `progress` is called after each one with how many are done,
    /// from the grading threads (so possibly from two at once).
    public func grade(_ repositories: [String], progress: @Sendable (_ done: Int) -> Void = { _ in }) -> [RepositoryGrade] {
        let state = BatchState(count: repositories.count)
        let workers = min(jobs, repositories.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.nextIndex() {
                let grade = grader.grade(repositories[index])
                let done = state.store(grade, at: index)
                progress(done)
            }
        }
        return state.grades(fallback: repositories)
    }
}

/// The work queue and results of a batch, shared by its threads under a lock.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var results: [RepositoryGrade?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func nextIndex() -> Int? {
        lock.withLock {
            guard next < results.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Keeps `grade` and returns how many are done.
    func store(_ grade: RepositoryGrade, at index: Int) -> Int {
        lock.withLock {
            results[index] = grade
            done += 1
            return done
        }
    }

    func grades(fallback repositories: [String]) -> [RepositoryGrade] {
        lock.withLock {
            zip(results, repositories).map { result, repository in
                result ?? RepositoryGrade(repository: repository, lab: nil, mode: .static, problem: "\(repository) was not graded")
            }
        }
    }
}
