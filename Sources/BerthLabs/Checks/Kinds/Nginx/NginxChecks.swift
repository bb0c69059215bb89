/// The check kinds over Nginx files, in the order `lab.yaml` authors meet them.
public enum NginxChecks {
    public static let all: [any StaticCheck.Type] = [
        NginxDirectiveCheck.self,
        NginxProxyPassCheck.self,
        NginxUpstreamCheck.self,
        NginxProxyHeadersCheck.self,
    ]
}
