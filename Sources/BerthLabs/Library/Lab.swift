import BerthFormats

/// A lab loaded from its folder: the manifest, and where its files are.
public struct Lab: Sendable {
    public var manifest: LabManifest
    /// The lab's folder (`labs/stack`): instructions and solutions are relative to it.
    public var directory: String
    /// The folder holding every lab (`labs`): starter sources are relative to it.
    public var labsDirectory: String

    public init(manifest: LabManifest, directory: String, labsDirectory: String) {
        self.manifest = manifest
        self.directory = directory
        self.labsDirectory = labsDirectory
    }

    public var id: String { manifest.id }

    /// The markdown text of `task`'s instructions, read from inside the lab's folder.
    public func instructions(for task: TaskManifest) -> Result<SourceText, ParseError> {
        do throws(ParseError) {
            return .success(try SourceReader(root: directory).read(task.instructions, reportedAt: task.location))
        } catch {
            return .failure(error)
        }
    }

    /// The absolute path of `task`'s reference solution, when it has one.
    public func solutionDirectory(for task: TaskManifest) -> String? {
        task.solution.map { directory + "/" + $0 }
    }
}
