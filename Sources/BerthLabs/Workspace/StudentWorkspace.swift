import Foundation

/// A student's workspace: a folder with a lab's files and `.berth/state.json`, found from
/// any folder inside it the way git finds its repository.
public struct StudentWorkspace: Sendable {
    public let root: String
    public let lab: Lab
    public var store: ProgressStore { ProgressStore(workspace: URL(fileURLWithPath: root)) }
    public var repository: StudentRepository { StudentRepository(root: root) }

    public init(root: String, lab: Lab) {
        self.root = root
        self.lab = lab
    }

    /// The nearest folder at or above `directory` that holds `.berth/state.json`.
    public static func locate(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let state = current.appendingPathComponent(ProgressStore.folderName).appendingPathComponent(ProgressStore.fileName)
            if FileManager.default.fileExists(atPath: state.path) { return current.path }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// Opens the workspace around `directory`, loading its lab from `library`.
    public static func open(from directory: String, library: LabLibrary) throws(LabError) -> (StudentWorkspace, ProgressLoad) {
        guard let root = locate(from: directory) else {
            throw LabError("\(directory) is not in a berth workspace; create one with `berth init` (or `berth init DIR --lab stack`)")
        }
        let store = ProgressStore(workspace: URL(fileURLWithPath: root))
        let loaded: ProgressLoad
        do {
            loaded = try store.load()
        } catch {
            throw LabError(error.description)
        }
        guard let labID = loaded.progress?.lab else {
            let aside = loaded.setAside.map { " (the unreadable file was kept as \($0.path))" } ?? ""
            throw LabError("\(root)/.berth/state.json could not be read\(aside); run `berth init --lab LAB` there to start it afresh")
        }
        let lab = try library.lab(labID)
        return (StudentWorkspace(root: root, lab: lab), loaded)
    }

    /// Creates a workspace for `lab` in `directory`: copies the starter (never replacing a
    /// file) and starts the progress file. Running it again changes nothing.
    public static func create(in directory: String, lab: Lab) throws(LabError) -> WorkspaceCreation {
        let store = ProgressStore(workspace: URL(fileURLWithPath: directory))
        do {
            let existing = try store.load()
            if let progress = existing.progress, progress.lab != lab.id {
                throw LabError("\(directory) is already a workspace of lab `\(progress.lab)`; use another folder for `\(lab.id)`")
            }
            let summary = try StarterCopier().copyStarter(of: lab, into: directory)
            let wasReady = existing.progress != nil
            if !wasReady { try store.update(lab: lab.id) { _ in } }
            return WorkspaceCreation(summary: summary, wasReady: wasReady, setAside: existing.setAside)
        } catch let error as LabError {
            throw error
        } catch let error as ProgressError {
            throw LabError(error.description)
        } catch {
            throw LabError("cannot create the workspace in \(directory): \(error.localizedDescription)")
        }
    }
}

/// What `StudentWorkspace.create` did.
public struct WorkspaceCreation: Sendable {
    public var summary: StarterCopier.Summary
    /// The workspace existed already.
    public var wasReady: Bool
    /// An unreadable progress file that was set aside.
    public var setAside: URL?
}
