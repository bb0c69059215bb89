import Foundation

/// Copies a lab's starter files into a student's workspace (and solutions over a starter,
/// when a lab is validated). Never overwrites a file that exists: a student's work is
/// never replaced. Build products of the bundled code are left out.
public struct StarterCopier: Sendable {
    /// What a copy did, for the message that follows it.
    public struct Summary: Sendable, Equatable {
        public var created: [String] = []
        /// Files that were already there and were left as they are.
        public var kept: [String] = []
    }

    public var overwrite: Bool

    public init(overwrite: Bool = false) {
        self.overwrite = overwrite
    }

    /// Copies every starter entry of `lab` into `workspace`.
    public func copyStarter(of lab: Lab, into workspace: String) throws -> Summary {
        var summary = Summary()
        for entry in lab.manifest.starter {
            let source = lab.labsDirectory + "/" + entry.source
            let destination = entry.destination.isEmpty ? workspace : workspace + "/" + entry.destination
            try copy(from: source, to: destination, shownAs: entry.destination, into: &summary)
        }
        return summary
    }

    /// Copies the file or folder `source` to `destination`; `shownAs` is its path as the summary lists it.
    public func copy(from source: String, to destination: String, shownAs: String, into summary: inout Summary) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw LabError("the lab's starter names \(source), which does not exist")
        }
        if isDirectory.boolValue {
            try manager.createDirectory(atPath: destination, withIntermediateDirectories: true)
            for name in try manager.contentsOfDirectory(atPath: source).sorted() where !Self.isBuildProduct(name) {
                let shown = shownAs.isEmpty ? name : shownAs + "/" + name
                try copy(from: source + "/" + name, to: destination + "/" + name, shownAs: shown, into: &summary)
            }
            return
        }
        if manager.fileExists(atPath: destination) || (try? manager.destinationOfSymbolicLink(atPath: destination)) != nil {
            guard overwrite else {
                summary.kept.append(shownAs)
                return
            }
            try manager.removeItem(atPath: destination)
        }
        try manager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try manager.copyItem(atPath: source, toPath: destination)
        summary.created.append(shownAs)
    }

    /// Build products a checkout may hold and a fresh clone never has.
    static func isBuildProduct(_ name: String) -> Bool {
        name == ".build" || name.hasPrefix(".build-") || name == ".swiftpm" || name == "Package.resolved"
    }
}
