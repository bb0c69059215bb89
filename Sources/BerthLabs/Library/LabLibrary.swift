import Foundation

/// The labs in one folder (berth's bundled `labs/`, or an instructor's own): every
/// sub-folder that holds a `lab.yaml`.
public struct LabLibrary: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The ids of the labs here, sorted (folder names, which are the labs' ids).
    public func labIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: "\(directory)/\($0)/\(LabManifest.fileName)") }.sorted()
    }

    /// Loads the lab `id`.
    public func lab(_ id: String) throws(LabError) -> Lab {
        guard labIDs().contains(id) else {
            let known = labIDs()
            let hint = NameSuggestionHint.text(for: id, among: known)
            throw LabError("no lab `\(id)` in \(directory)\(hint); labs here: \(known.joined(separator: ", "))")
        }
        return try Self.load(directory: "\(directory)/\(id)", labsDirectory: directory)
    }

    /// Loads the lab in `directory`, refusing a manifest with errors (each with its position).
    public static func load(directory: String, labsDirectory: String) throws(LabError) -> Lab {
        let (manifest, problems) = LabManifest.load(directory: directory)
        let errors = problems.filter { $0.severity == .error }
        guard let manifest, errors.isEmpty else {
            throw LabError("the lab in \(directory) cannot be used:\n"
                           + errors.map { "  \(directory)/\($0.description)" }.joined(separator: "\n"),
                           problems: problems)
        }
        return Lab(manifest: manifest, directory: directory, labsDirectory: labsDirectory)
    }
}
