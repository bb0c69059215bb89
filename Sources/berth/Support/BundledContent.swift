import Foundation

/// Finds the notes and labs that ship with berth, wherever berth runs from.
///
/// Looked up once at start-up, in this order: an explicit folder (an environment
/// variable or option), `PREFIX/share/berth/` beside an installed binary, the checkout
/// the binary was built in (`.build/…/berth` or `swift run`), and last the checkout
/// this source file was compiled from.
struct BundledContent {
    /// The folders that were tried, for the error message when none holds the content.
    private(set) var searched: [String] = []
    private let candidates: [String]

    init(executablePath: String) {
        var roots: [String] = []
        let binDirectory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        roots.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/berth").path)
        var directory = binDirectory
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                roots.append(directory.path)
                break
            }
            directory.deleteLastPathComponent()
        }
        let sourceCheckout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        roots.append(sourceCheckout.path)
        candidates = roots
    }

    /// The path of the running executable (`/proc/self/exe`), falling back to argv[0].
    static var currentExecutablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "berth"
    }

    /// The bundled folder `name` (`notes` or `labs`), or `override` when given.
    func folder(_ name: String, override: String?) throws -> String {
        if let override, !override.isEmpty {
            guard isDirectory(override) else {
                throw CommandFailure("no \(name) folder at \(override); point it at an existing folder",
                                     exitCode: CommandFailure.environment)
            }
            return override
        }
        for root in candidates {
            let path = root + "/" + name
            if isDirectory(path) { return path }
        }
        throw CommandFailure("""
            berth cannot find its bundled \(name) folder; it looked in:
            \(candidates.map { "  \($0)/\(name)" }.joined(separator: "\n"))
            Reinstall with scripts/install --prefix DIR, or set BERTH_\(name.uppercased())=DIR.
            """, exitCode: CommandFailure.environment)
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
