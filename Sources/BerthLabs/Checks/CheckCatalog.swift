/// Every check kind a lab may use, by its `kind:` name: the one list the manifest loader
/// reads. A kind's name never changes meaning once a lab can use it.
public enum CheckCatalog {
    public static let kinds: [any StaticCheck.Type] = [FileCheck.self, LintCheck.self]
        + DockerfileChecks.all
        + ComposeChecks.all
        + NginxChecks.all

    public static func kind(named name: String) -> (any StaticCheck.Type)? {
        kinds.first { $0.kind == name }
    }

    public static var names: [String] { kinds.map { $0.kind } }
}
