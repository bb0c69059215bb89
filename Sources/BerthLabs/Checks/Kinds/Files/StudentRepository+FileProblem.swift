extension StudentRepository {
    /// The failure of a check that reads the file at `path` when there is no file to read
    /// there, said the way the student can act on it; nil when there is one.
    func fileProblem(at path: String) -> CheckOutcome? {
        let place = location(of: path)
        let expected = "\(path) in the repository"
        switch entry(at: path) {
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
