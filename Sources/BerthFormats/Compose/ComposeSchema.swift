/// What a compose key holds and how `docker compose config --format json` prints it.
indirect enum ComposeShape: Sendable {
    /// `string` is text only (Compose refuses `user: 1000`); `scalar` also takes numbers and booleans.
    case string, scalar, bool, int, double
    /// A size like `512m`, printed as a string of bytes ("536870912").
    case bytes
    /// A duration like `1m30s`, printed as Go prints it.
    case duration
    /// A file mode, printed in octal ("0440").
    case octal
    /// One string or a list of them, printed as a list.
    case stringOrList
    case list(ComposeShape)
    /// `["A=1", "B"]` or `{A: 1, B: }`, printed as a sorted mapping of strings.
    case keyValues
    /// `name: shape` for any name, printed sorted by name.
    case dictionary(ComposeShape)
    case object([ComposeSchema.Key])
    /// `["host:ip"]` or `{host: ip}`, printed as a sorted list of `host=ip`.
    case hosts
    /// `["/dev/a:/dev/b:rwm"]` or long form, printed long form.
    case devices
    /// GPU and other device requests (`count: all` is printed as -1), or `gpus: all`.
    case deviceRequests
    /// Printed as written.
    case any
    /// Decoded by the typed model (ports, volumes, build…), which prints it itself.
    case model
}

/// The keys compose files may use, in the order `docker compose config` prints them.
///
/// This is data, kept apart from the decoder: the decoder warns about keys not listed
/// here (with the closest listed one as a suggestion) and prints unmodelled keys by
/// their shape.
enum ComposeSchema {
    struct Key: Sendable {
        var name: String
        var shape: ComposeShape
        /// Printed as `{}` even when absent (Go structs that are not pointers).
        var alwaysPresent = false

        init(_ name: String, _ shape: ComposeShape, alwaysPresent: Bool = false) {
            self.name = name
            self.shape = shape
            self.alwaysPresent = alwaysPresent
        }
    }

    static let topLevel: [Key] = [
        Key("version", .string), Key("name", .string), Key("include", .any), Key("services", .model),
        Key("networks", .model), Key("volumes", .model), Key("secrets", .model), Key("configs", .model),
        Key("models", .any),
    ]

    static let service: [Key] = [
        Key("profiles", .list(.string)), Key("annotations", .keyValues), Key("attach", .bool), Key("build", .model),
        Key("develop", .any), Key("blkio_config", .any), Key("cap_add", .list(.string)),
        Key("cap_drop", .list(.string)), Key("cgroup_parent", .string), Key("cgroup", .string),
        Key("cpu_count", .int), Key("cpu_percent", .double), Key("cpu_period", .int), Key("cpu_quota", .int),
        Key("cpu_rt_period", .int), Key("cpu_rt_runtime", .int), Key("cpus", .double), Key("cpuset", .string),
        Key("cpu_shares", .int), Key("command", .model), Key("configs", .model), Key("container_name", .string),
        Key("credential_spec", .any), Key("depends_on", .model), Key("deploy", deploy),
        Key("device_cgroup_rules", .list(.string)), Key("devices", .devices), Key("dns", .stringOrList),
        Key("dns_opt", .list(.string)), Key("dns_search", .stringOrList),
        Key("domainname", .string), Key("entrypoint", .model), Key("provider", .any), Key("environment", .model),
        Key("env_file", .model), Key("expose", .model), Key("extends", .any),
        Key("external_links", .list(.string)), Key("extra_hosts", .hosts), Key("group_add", .list(.scalar)),
        Key("gpus", .deviceRequests), Key("hostname", .string), Key("healthcheck", .model), Key("image", .string),
        Key("init", .bool), Key("ipc", .string), Key("isolation", .string), Key("labels", .keyValues),
        Key("label_file", .stringOrList), Key("links", .list(.string)), Key("logging", logging),
        Key("mem_limit", .bytes),
        Key("mem_reservation", .bytes), Key("memswap_limit", .bytes), Key("mem_swappiness", .int),
        Key("mac_address", .string), Key("models", .any), Key("network_mode", .string),
        Key("networks", .model), Key("oom_kill_disable", .bool), Key("oom_score_adj", .int), Key("pid", .string),
        Key("pids_limit", .int), Key("platform", .string), Key("ports", .model), Key("privileged", .bool),
        Key("pull_policy", .string), Key("read_only", .bool), Key("restart", .string), Key("runtime", .string),
        Key("scale", .int), Key("secrets", .model), Key("security_opt", .list(.string)), Key("shm_size", .bytes),
        Key("stdin_open", .bool), Key("stop_grace_period", .duration), Key("stop_signal", .string),
        Key("storage_opt", .dictionary(.scalar)), Key("sysctls", .keyValues), Key("tmpfs", .stringOrList),
        Key("tty", .bool), Key("ulimits", .any), Key("use_api_socket", .bool), Key("user", .string),
        Key("userns_mode", .string), Key("uts", .string), Key("volumes", .model),
        Key("volumes_from", .list(.string)), Key("working_dir", .string), Key("post_start", .any),
        Key("pre_stop", .any),
    ]

    static let logging: ComposeShape = .object([Key("driver", .string), Key("options", .dictionary(.scalar))])

    static let resource: ComposeShape = .object([
        Key("cpus", .double), Key("memory", .bytes), Key("pids", .int), Key("devices", .deviceRequests),
        Key("generic_resources", .any),
    ])

    static let updateConfig: ComposeShape = .object([
        Key("parallelism", .int), Key("delay", .duration), Key("failure_action", .string),
        Key("monitor", .duration), Key("max_failure_ratio", .double), Key("order", .string),
    ])

    static let deploy: ComposeShape = .object([
        Key("mode", .string), Key("replicas", .int), Key("labels", .keyValues),
        Key("update_config", updateConfig), Key("rollback_config", updateConfig),
        Key("resources", .object([Key("limits", resource), Key("reservations", resource)]), alwaysPresent: true),
        Key("restart_policy", .object([
            Key("condition", .string), Key("delay", .duration), Key("max_attempts", .int), Key("window", .duration),
        ])),
        Key("placement", .object([
            Key("constraints", .list(.string)), Key("preferences", .any), Key("max_replicas_per_node", .int),
        ]), alwaysPresent: true),
        Key("endpoint_mode", .string),
    ])

    static let build: [Key] = [
        Key("context", .model), Key("dockerfile", .string), Key("dockerfile_inline", .string),
        Key("entitlements", .list(.string)), Key("args", .model), Key("provenance", .string), Key("sbom", .string),
        Key("ssh", .any), Key("labels", .keyValues), Key("cache_from", .stringOrList),
        Key("cache_to", .stringOrList), Key("no_cache", .bool), Key("no_cache_filter", .stringOrList),
        Key("additional_contexts", .keyValues), Key("pull", .bool), Key("extra_hosts", .hosts),
        Key("isolation", .string), Key("network", .string), Key("target", .string), Key("secrets", .model),
        Key("shm_size", .bytes), Key("tags", .stringOrList), Key("ulimits", .any),
        Key("platforms", .stringOrList), Key("privileged", .bool),
    ]

    static let healthcheck: [String] = [
        "test", "timeout", "interval", "retries", "start_period", "start_interval", "disable",
    ]
    static let port: [String] = ["name", "mode", "host_ip", "target", "published", "protocol", "app_protocol"]
    static let mount: [String] = [
        "type", "source", "target", "read_only", "consistency", "bind", "volume", "tmpfs", "image",
    ]
    static let mountOptions: [String: [Key]] = [
        "bind": [Key("selinux", .string), Key("propagation", .string), Key("create_host_path", .bool),
                 Key("recursive", .string)],
        "volume": [Key("labels", .keyValues), Key("nocopy", .bool), Key("subpath", .string)],
        "tmpfs": [Key("size", .bytes), Key("mode", .int)],
        "image": [Key("subpath", .string)],
    ]
    static let dependency: [String] = ["condition", "restart", "required"]
    static let envFile: [String] = ["path", "required", "format"]
    static let fileReference: [String] = ["source", "target", "uid", "gid", "mode"]
    static let serviceNetwork: [Key] = [
        Key("aliases", .list(.string)), Key("driver_opts", .dictionary(.scalar)), Key("gw_priority", .int),
        Key("interface_name", .string), Key("ipv4_address", .string), Key("ipv6_address", .string),
        Key("link_local_ips", .list(.string)), Key("mac_address", .string), Key("priority", .int),
    ]

    static let network: [Key] = [
        Key("name", .string), Key("driver", .string), Key("driver_opts", .dictionary(.scalar)),
        Key("ipam", .object([
            Key("driver", .string),
            Key("config", .list(.object([
                Key("subnet", .string), Key("gateway", .string), Key("ip_range", .string),
                Key("aux_addresses", .dictionary(.string)),
            ]))),
            Key("options", .dictionary(.scalar)),
        ]), alwaysPresent: true),
        Key("external", .model), Key("internal", .bool), Key("attachable", .bool), Key("labels", .keyValues),
        Key("enable_ipv4", .bool), Key("enable_ipv6", .bool),
    ]

    static let volume: [Key] = [
        Key("name", .string), Key("driver", .string), Key("driver_opts", .dictionary(.scalar)),
        Key("external", .model), Key("labels", .keyValues),
    ]

    static let fileObject: [Key] = [
        Key("name", .string), Key("file", .model), Key("environment", .string), Key("content", .string),
        Key("external", .model), Key("labels", .keyValues), Key("driver", .string),
        Key("driver_opts", .dictionary(.scalar)), Key("template_driver", .string),
    ]
}
