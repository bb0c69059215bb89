/// The check kinds over Compose files, in the order `lab.yaml` authors meet them.
public enum ComposeChecks {
    public static let all: [any StaticCheck.Type] = [
        ComposeServicesCheck.self,
        ComposeBuildCheck.self,
        ComposeImageCheck.self,
        ComposePortsCheck.self,
        ComposeEnvironmentCheck.self,
        ComposeDependsOnCheck.self,
        ComposeRestartCheck.self,
        ComposeHealthcheckCheck.self,
        ComposeReplicasCheck.self,
        ComposeVolumeCheck.self,
        ComposeSharedConfigCheck.self,
    ]
}
