/// The check kinds over Compose files, in the order `lab.yaml` authors meet them.
public enum ComposeChecks {
    public static let all: [any StaticCheck.Type] = []
}
