/// Every check kind a lab may use, by its `kind:` name: the one list the manifest loader
/// reads. A kind's name never changes meaning once a lab can use it.
public enum CheckCatalog {
    public static let kinds: [any StaticCheck.Type] = [FileCheck.self, EnvFileCheck.self, LintCheck.self]
        + DockerfileChecks.all
        + ComposeChecks.all
        + NginxChecks.all

    /// The kinds that build and run the stack (`--live`).
    public static let liveKinds: [any LiveCheck.Type] = LiveChecks.all

    /// Decodes a check of kind `name` from `fields`; nil with no problem recorded when no
    /// kind has that name, nil with problems when its keys are wrong.
    static func decode(kind name: String, _ fields: inout ManifestFields) -> CheckBody?? {
        if let kind = kinds.first(where: { $0.kind == name }) { return .some(kind.init(&fields).map(CheckBody.static)) }
        if let kind = liveKinds.first(where: { $0.kind == name }) { return .some(kind.init(&fields).map(CheckBody.live)) }
        return .none
    }

    public static var names: [String] { kinds.map { $0.kind } + liveKinds.map { $0.kind } }
}
