#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one owner of a workspace's `.berth/state.json`. Every change is a read-modify-write
/// under an exclusive lock (so two berth processes never lose each other's update), written
/// to a temporary file and renamed over the old one (so a crash leaves the old or the new
/// file, never half of one). A file that cannot be read is moved aside, never deleted.
public struct ProgressStore: Sendable {
    public static let folderName = ".berth"
    public static let fileName = "state.json"
    /// Progress is a few hundred bytes; anything far larger is not a state file berth wrote.
    static let maximumSize = 1 << 20

    /// The workspace's root folder.
    public let workspace: URL

    public init(workspace: URL) {
        self.workspace = workspace
    }

    public var folder: URL { workspace.appendingPathComponent(Self.folderName) }
    public var file: URL { folder.appendingPathComponent(Self.fileName) }

    /// True when the workspace has a state file.
    public var exists: Bool { FileManager.default.fileExists(atPath: file.path) }

    /// The progress as stored (nil when there is none yet), and the unreadable file set
    /// aside while reading, if any.
    public func load() throws(ProgressError) -> ProgressLoad {
        try locked { () throws(ProgressError) -> ProgressLoad in try read() }
    }

    /// Applies `change` to the stored progress (or to `LabProgress(lab:)` when there is none) and
    /// saves the result atomically; returns it with any file that was set aside.
    @discardableResult
    public func update(lab: String, _ change: (inout LabProgress) -> Void) throws(ProgressError) -> ProgressLoad {
        try locked { () throws(ProgressError) -> ProgressLoad in
            let loaded = try read()
            var progress = loaded.progress ?? LabProgress(lab: lab)
            change(&progress)
            try write(progress)
            return ProgressLoad(progress: progress, setAside: loaded.setAside)
        }
    }

    private func read() throws(ProgressError) -> ProgressLoad {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
        guard let size else { return ProgressLoad(progress: nil, setAside: nil) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if size <= Self.maximumSize, let data = FileManager.default.contents(atPath: file.path),
           let progress = try? decoder.decode(LabProgress.self, from: data), progress.schema == LabProgress.schemaVersion {
            return ProgressLoad(progress: progress, setAside: nil)
        }
        // Unreadable or from another schema: keep it for the student, start afresh.
        let aside = folder.appendingPathComponent("state.json.unreadable-\(Int(Date().timeIntervalSince1970))")
        do {
            try FileManager.default.moveItem(at: file, to: aside)
        } catch {
            throw ProgressError("cannot move the unreadable \(file.path) aside: \(error.localizedDescription)")
        }
        return ProgressLoad(progress: nil, setAside: aside)
    }

    private func write(_ progress: LabProgress) throws(ProgressError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let temporary = folder.appendingPathComponent(".state.json.\(getpid()).tmp")
        do {
            var data = try encoder.encode(progress)
            data.append(UInt8(ascii: "\n"))
            try data.write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                throw ProgressError("cannot replace \(file.path): \(String(cString: strerror(errno)))")
            }
        } catch let error as ProgressError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ProgressError("cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    /// Runs `body` holding an exclusive lock on `.berth/state.lock`.
    private func locked<T>(_ body: () throws(ProgressError) -> T) throws(ProgressError) -> T {
        // A `.berth` symlink could point anywhere; progress is only ever written inside the workspace.
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path)) != nil {
            throw ProgressError("\(folder.path) is a symlink; berth keeps progress only in a real .berth folder inside the workspace: remove the link")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ProgressError("cannot create \(folder.path): \(error.localizedDescription)")
        }
        let lockPath = folder.appendingPathComponent("state.lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ProgressError("cannot open \(lockPath): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw ProgressError("cannot lock \(lockPath): \(String(cString: strerror(errno)))")
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

/// Stored progress (nil when there is none), and the unreadable file that was set aside
/// to make room for it, if any: callers tell the student where their old file went.
public struct ProgressLoad: Sendable {
    public var progress: LabProgress?
    public var setAside: URL?
}

public struct ProgressError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
