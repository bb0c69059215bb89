/// The check kinds over Dockerfile files, in the order `lab.yaml` authors meet them.
public enum DockerfileChecks {
    public static let all: [any StaticCheck.Type] = [
        DockerfileFromCheck.self,
        DockerfileRunCheck.self,
        DockerfileInstructionCheck.self,
        DockerfileStagesCheck.self,
        DockerfileUserCheck.self,
        DockerfileOrderCheck.self,
    ]
}
