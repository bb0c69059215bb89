extension RepositoryEntry {
    /// The failure of a check that reads the file at `path` when this entry is no file to
    /// read, said the way the student can act on it; nil when it is one.
    func problem(reading path: String, in repository: StudentRepository) -> CheckOutcome? {
        let place = repository.location(of: path)
        let expected = "\(path) in the repository"
        switch self {
        case .file:
            return nil
        case .missing:
            return .fail(at: place, expected: expected, found: "no file \(path)")
        case .outside:
            return .fail(at: place, expected: expected, found: "\(path) is a symlink that leads outside the repository; berth does not follow it")
        case .emptyDirectory:
            return .fail(at: place, expected: expected, found: "\(path) is an empty folder: if it is a submodule (an empty gitlink), a fresh clone has nothing in it; commit the files themselves")
        case .directory:
            return .fail(at: place, expected: "\(path) to be a file", found: "a folder")
        }
    }
}
