import BerthFormats
import BerthLabs
import Foundation

/// The folder whose stack `berth up`, `down` and `doctor` work on: the one given, else the
/// workspace around the current folder, else the current folder.
struct StackFolder {
    let path: String
    let repository: StudentRepository

    init(_ given: String?) throws {
        let start = given ?? FileManager.default.currentDirectoryPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("\(start) is not a folder; give the folder that holds your compose file")
        }
        let absolute = URL(fileURLWithPath: start).standardizedFileURL.path
        path = given == nil ? (StudentWorkspace.locate(from: absolute) ?? absolute) : absolute
        repository = StudentRepository(root: path)
    }

    /// The compose file, or a failure that says where berth looked.
    func composeFile() throws -> ComposeFile {
        switch repository.composeFile() {
        case .success(let file): return file
        case .failure(let error): throw CommandFailure("\(path): \(error.message); `berth up` runs the stack of a compose file")
        }
    }

    /// The host ports the compose file publishes, each once, sorted.
    func publishedPorts() -> [Int] {
        guard case .success(let file) = repository.composeFile() else { return [] }
        let ports = file.services.flatMap(\.ports).compactMap(\.publishedRange).flatMap { Array($0.prefix(20)) }
        return Array(Set(ports)).sorted()
    }
}
