import BerthFormats
import BerthTestSupport
import Foundation
import XCTest

/// One test per folder of `Fixtures/compose/`, each a quirk of the format. Where an
/// `expected.json` sits beside the compose file, it is what `docker compose config
/// --format json` (Docker Compose v2.40.3) printed for it, without the project `name`
/// and with the folder's path written `<DIR>`; `json()` must match it byte for byte.
final class ComposeFixtureTests: XCTestCase {
    static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/BerthFormatsTests/Fixtures/compose")
    /// The environment the expected files were recorded with.
    static let environment = ["HOME": "/nonexistent-home", "PATH": "/usr/bin:/bin"]

    func testAliasBomb() throws {
        // Refused by the alias budget, not by running out of time or memory.
        let compose = load("alias-bomb")
        XCTAssertEqual(compose.errors.map(\.kind), [.aliasLimit])
        XCTAssertEqual(compose.errors.first?.location, SourceLocation(file: "compose.yaml", line: 6, column: 6))
        XCTAssertEqual(compose.services.count, 0)
    }

    func testBuildForms() throws {
        let compose = load("build-forms")
        let short = try XCTUnwrap(compose.service(named: "short")?.build)
        XCTAssertEqual(short.context.value, "./backend")
        XCTAssertEqual(short.contextPath, compose.directory + "/backend")
        XCTAssertEqual(short.dockerfilePath, "Dockerfile")
        let long = try XCTUnwrap(compose.service(named: "long")?.build)
        XCTAssertEqual(long.dockerfile?.value, "Dockerfile.prod")
        XCTAssertEqual(long.target?.location, SourceLocation(file: "compose.yaml", line: 8, column: 15))
        XCTAssertEqual(long.arguments.map(\.value.name), ["VERSION", "FROM_ENV"], "an unset bare argument is left out")
        XCTAssertEqual(long.arguments.last?.value.value, "dotenv-value", "bare names come from .env")
        XCTAssertEqual(compose.service(named: "remote")?.build?.contextPath,
                       "https://github.com/docker/welcome-to-docker.git#main")
        try assertMatchesExpectedJSON(compose, "build-forms")
    }

    func testCommandEntrypoint() throws {
        let compose = load("command-entrypoint")
        let string = try XCTUnwrap(compose.service(named: "string"))
        XCTAssertEqual(string.command?.form, .string)
        XCTAssertEqual(string.command?.arguments, ["echo", "hello world", "single quoted", "escaped space"])
        XCTAssertEqual(string.entrypoint?.arguments, ["/bin/sh", "-c"])
        XCTAssertEqual(compose.service(named: "list")?.command?.form, .list)
        XCTAssertEqual(compose.service(named: "cleared")?.command?.arguments, [])
        XCTAssertEqual(compose.service(named: "cleared")?.entrypoint?.arguments, [])
        let operator_ = try XCTUnwrap(compose.service(named: "operator")?.command)
        XCTAssertEqual(operator_.arguments, ["echo", "a"], "Compose splits like go-shellwords and stops at &&")
        XCTAssertEqual(operator_.droppedText, "&& echo b")
        try assertMatchesExpectedJSON(compose, "command-entrypoint")
    }

    func testDependsOnForms() throws {
        let compose = load("depends-on-forms")
        let web = try XCTUnwrap(compose.service(named: "web")?.dependency(on: "api"))
        XCTAssertEqual(web.effectiveCondition, "service_started")
        XCTAssertEqual(web.service.location, SourceLocation(file: "compose.yaml", line: 5, column: 9))
        let api = try XCTUnwrap(compose.service(named: "api"))
        XCTAssertEqual(api.dependsOn.map(\.service.value), ["db", "cache", "migrate"])
        XCTAssertTrue(api.dependency(on: "db")?.waitsForHealth ?? false)
        XCTAssertEqual(api.dependency(on: "db")?.restart, true)
        XCTAssertEqual(api.dependency(on: "cache")?.required, false)
        XCTAssertEqual(api.dependency(on: "db")?.service.location, SourceLocation(file: "compose.yaml", line: 9, column: 7))
        try assertMatchesExpectedJSON(compose, "depends-on-forms")
    }

    func testDeployReplicasScale() throws {
        let compose = load("deploy-replicas-scale")
        XCTAssertEqual(compose.service(named: "web")?.replicas, ComposeValue(3, at: SourceLocation(file: "compose.yaml", line: 5, column: 17)))
        XCTAssertEqual(compose.service(named: "worker")?.scale?.value, 2)
        XCTAssertEqual(compose.services.map(\.instanceCount), [3, 2, 1])
        try assertMatchesExpectedJSON(compose, "deploy-replicas-scale")
    }

    func testDuplicateKeys() {
        let compose = load("duplicate-keys")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:4:3: error: YAML: the key `web` is written twice in one mapping (first at line 2); keep one",
        ])
    }

    func testEnvFile() throws {
        let compose = load("env-file")
        let one = try XCTUnwrap(compose.service(named: "one"))
        XCTAssertEqual(one.environmentVariable("APP_MODE")?.value, "production", "`export` is skipped")
        XCTAssertEqual(one.environmentVariable("QUOTED")?.value, "two words # not a comment")
        XCTAssertEqual(one.environmentVariable("SINGLE")?.value, "no $EXPANSION here")
        XCTAssertEqual(one.environmentVariable("INLINE")?.value, "value")
        XCTAssertEqual(one.environmentVariable("REFERENCE")?.value, "production-x")
        XCTAssertEqual(one.environmentVariable("INLINE")?.origin, .envFile("app.env"))
        XCTAssertEqual(one.environmentVariable("INLINE")?.location, SourceLocation(file: "app.env", line: 6, column: 1))
        let many = try XCTUnwrap(compose.service(named: "many"))
        XCTAssertEqual(many.environmentVariable("SHARED")?.value, "from-environment", "`environment` wins over env files")
        XCTAssertEqual(many.environmentVariable("EXTRA")?.origin, .envFile("override.env"))
        XCTAssertEqual(compose.service(named: "optional")?.envFiles.map(\.required), [true, false])
        XCTAssertFalse(compose.hasErrors, "a missing optional env file is no error")
        try assertMatchesExpectedJSON(compose, "env-file")
    }

    func testEnvironmentForms() throws {
        let compose = load("environment-forms")
        let list = try XCTUnwrap(compose.service(named: "list"))
        XCTAssertEqual(list.environment.map(\.name), ["KEY", "EMPTY", "FROM_ENV", "MISSING", "WITH_EQUALS"])
        XCTAssertEqual(list.environmentVariable("EMPTY")?.value, "")
        XCTAssertNil(list.environmentVariable("MISSING")?.value)
        XCTAssertEqual(list.environmentVariable("WITH_EQUALS")?.value, "a=b")
        XCTAssertEqual(list.environmentVariable("KEY")?.valueLocation, SourceLocation(file: "compose.yaml", line: 5, column: 13))
        let map = try XCTUnwrap(compose.service(named: "map"))
        XCTAssertEqual(map.environmentVariable("NUMBER")?.value, "1")
        XCTAssertEqual(map.environmentVariable("FLAG")?.value, "true")
        XCTAssertNil(map.environmentVariable("NULL_VALUE")?.value)
        XCTAssertEqual(map.environmentVariable("FROM_ENV")?.value, "from-dotenv")
        XCTAssertEqual(map.environmentVariable("QUOTED")?.isLiteral, true)
        XCTAssertEqual(map.environmentVariable("FROM_ENV")?.isLiteral, false)
        try assertMatchesExpectedJSON(compose, "environment-forms")
    }

    func testExtendsAndInclude() throws {
        let compose = load("extends-and-include")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:1:1: warning: berth does not follow `include`: checks see only the services written in this file, not those of the included files",
            "compose.yaml:9:5: warning: berth does not follow `extends`: checks see service `web` only as written here, without the keys it would inherit",
        ])
        XCTAssertFalse(compose.hasErrors, "a service that extends another may take its image from it")
        XCTAssertEqual(compose.serviceNames, ["base", "web"])
        XCTAssertNil(compose.service(named: "web")?.image)
    }

    func testHealthcheckForms() throws {
        let compose = load("healthcheck-forms")
        let shell = try XCTUnwrap(compose.service(named: "shell")?.healthcheck)
        XCTAssertEqual(shell.test?.value, ["CMD-SHELL", "curl -f http://localhost/ || exit 1"])
        XCTAssertEqual(shell.interval?.value.description, "1m30s")
        XCTAssertEqual(shell.timeout?.value.description, "1m30s")
        XCTAssertEqual(shell.startPeriod?.value.description, "1h0m0s")
        XCTAssertEqual(shell.startInterval?.value.description, "500ms")
        XCTAssertEqual(shell.location, SourceLocation(file: "compose.yaml", line: 5, column: 7))
        XCTAssertEqual(compose.service(named: "exec")?.healthcheck?.command, ["redis-cli", "ping"])
        XCTAssertEqual(compose.services.map(\.hasHealthcheck), [true, true, false, false])
        try assertMatchesExpectedJSON(compose, "healthcheck-forms")
    }

    func testInterpolation() throws {
        let compose = load("interpolation")
        let app = try XCTUnwrap(compose.service(named: "app"))
        XCTAssertEqual(app.image?.value, "app:latest")
        let values = Dictionary(uniqueKeysWithValues: app.environment.map { ($0.name, $0.value ?? "<unset>") })
        XCTAssertEqual(values, [
            "PLAIN": "student", "BRACED": "student", "SOFT_DEFAULT": "soft", "HARD_DEFAULT": "",
            "UNSET_DEFAULT": "fallback", "ALTERNATIVE": "set", "NO_ALTERNATIVE": "", "NESTED": "student-nested",
            "ESCAPED": "$HOME", "LITERAL_DOLLAR": "a $ b", "REQUIRED": "student",
        ])
        XCTAssertEqual(app.environmentVariable("PLAIN")?.isLiteral, false)
        XCTAssertEqual(app.environmentVariable("ESCAPED")?.isLiteral, true, "$$ refers to no variable")
        XCTAssertEqual(app.ports.first?.published, "9999")
        XCTAssertTrue(compose.errors.isEmpty, "\(compose.errors)")
        try assertMatchesExpectedJSON(compose, "interpolation")
    }

    func testInvalidValues() {
        let compose = load("invalid-values")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:5:9: error: `99999` is not a host port (0-65535, or a range like 9000-9005) (in `ports` of service `web`)",
            "compose.yaml:6:9: error: `icmp` is not a protocol; use tcp, udp or sctp (in `ports` of service `web`)",
            "compose.yaml:8:17: error: `interval` of the healthcheck of service `web` must be a duration like 30s, 1m30s or 500ms, not `soon`",
            "compose.yaml:12:20: error: `service_ready` is not a depends_on condition; use service_started, service_healthy, service_completed_successfully",
            "compose.yaml:13:3: error: service `db` has neither `image:` nor `build:`, so Compose cannot create its container; add `image: name:tag` or `build: ./folder`",
        ])
        XCTAssertEqual(compose.service(named: "web")?.restart?.value, "always", "the rest of the file is still read")
    }

    func testLinks() throws {
        let compose = load("links")
        let web = try XCTUnwrap(compose.service(named: "web"))
        XCTAssertEqual(web.links.map(\.service.value), ["db", "db"])
        XCTAssertEqual(web.links.map(\.alias), [nil, "database"])
        XCTAssertEqual(web.links.last?.service.location, SourceLocation(file: "compose.yaml", line: 6, column: 9))
        try assertMatchesExpectedJSON(compose, "links")
    }

    func testMergeKeysAnchors() throws {
        let compose = load("merge-keys-anchors")
        XCTAssertEqual(compose.service(named: "web1")?.restart?.value, "unless-stopped")
        XCTAssertEqual(compose.service(named: "web1")?.restart?.location.line, 2, "merged values keep where they were written")
        XCTAssertEqual(compose.service(named: "web2")?.restart?.value, "always", "an explicit key wins over a merge")
        XCTAssertEqual(compose.service(named: "web2")?.environmentVariable("DB_HOST")?.value, "other-db")
        XCTAssertEqual(compose.service(named: "web2")?.environmentVariable("REDIS_HOST")?.value, "redis")
        XCTAssertNotNil(compose.service(named: "web1")?.node["logging"], "a list of merges applies each")
        try assertMatchesExpectedJSON(compose, "merge-keys-anchors")
    }

    func testMissingRequiredVariable() {
        let compose = load("missing-required-variable")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:5:26: error: required variable DB_PASS is missing a value: set DB_PASS in .env",
            "compose.yaml:6:20: warning: variable NOT_DEFINED is not set; Compose uses an empty string (set it in .env or the environment)",
        ])
        XCTAssertEqual(compose.errors.map(\.kind), [.interpolation, .interpolation])
    }

    func testNetworksForms() throws {
        let compose = load("networks-forms")
        XCTAssertEqual(compose.service(named: "proxy")?.networks.map(\.name.value), ["back", "front"])
        XCTAssertEqual(compose.service(named: "api")?.networks.first?.aliases, ["backend"])
        XCTAssertEqual(compose.service(named: "sidecar")?.networkMode?.value, "service:api")
        XCTAssertEqual(compose.services.map(\.usesDefaultNetwork), [false, false, false, false, true])
        XCTAssertEqual(compose.network(named: "outside")?.external, true)
        XCTAssertEqual(compose.network(named: "back")?.resolvedName, "networks-forms_back")
        try assertMatchesExpectedJSON(compose, "networks-forms")
    }

    func testPortsShortAndLong() throws {
        let compose = load("ports-short-and-long")
        let web = try XCTUnwrap(compose.service(named: "web"))
        XCTAssertEqual(web.ports.map(\.target), [80, 81, 9000, 9001, 9002, 80, 3000, 22, 5000, 7000, 443])
        XCTAssertEqual(web.ports.map { $0.published ?? "-" },
                       ["8080", "8081", "9000", "9001", "9002", "-", "-", "22", "5000", "7000-7001", "8443"])
        XCTAssertEqual(web.ports[1].hostIP, "127.0.0.1")
        XCTAssertEqual(web.ports[1].transport, "udp")
        XCTAssertEqual(web.ports[8].hostIP, "::1")
        XCTAssertEqual(web.ports[10].mode, "host")
        XCTAssertEqual(web.port(publishing: 9001)?.location, SourceLocation(file: "compose.yaml", line: 7, column: 9))
        XCTAssertEqual(web.port(publishing: 7001)?.target, 7000)
        XCTAssertEqual(web.ports[7].shortSyntax?.style, .plain, "22:22 was written without quotes")
        XCTAssertEqual(web.expose.map(\.value), ["5252", "6000"])
        try assertMatchesExpectedJSON(compose, "ports-short-and-long")
    }

    func testProfiles() throws {
        let compose = load("profiles")
        XCTAssertEqual(compose.serviceNames, ["web", "debug"], "the model keeps every service")
        XCTAssertEqual(compose.service(named: "debug")?.profiles.map(\.value), ["debug"])
        try assertMatchesExpectedJSON(compose, "profiles")
        let enabled = load("profiles", environment: ["COMPOSE_PROFILES": "debug"])
        XCTAssertNotNil(enabled.json()["services"]?["debug"], "COMPOSE_PROFILES enables the service")
        XCTAssertNotNil(enabled.json()["volumes"]?["tools"])
    }

    func testSecretsConfigs() throws {
        let compose = load("secrets-configs")
        let db = try XCTUnwrap(compose.service(named: "db"))
        XCTAssertEqual(db.secrets.map(\.source.value), ["db-password", "api-token"])
        XCTAssertEqual(db.secrets.map(\.target), ["/run/secrets/db-password", "token"])
        XCTAssertEqual(db.configs.map(\.target), [nil, "/etc/app.conf"])
        XCTAssertEqual(compose.secrets.map(\.name), ["db-password", "api-token"])
        XCTAssertEqual(compose.configs.first?.location, SourceLocation(file: "compose.yaml", line: 21, column: 3))
        try assertMatchesExpectedJSON(compose, "secrets-configs")
    }

    func testUnknownKeys() {
        let compose = load("unknown-keys")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:3:5: warning: unknown key `imgae` in service `web`; did you mean `image`?",
            "compose.yaml:7:7: warning: unknown key `intervall` in the healthcheck of service `web`; did you mean `interval`?",
            "compose.yaml:10:1: warning: unknown key `volumse` in the top level; did you mean `volumes`?",
        ])
        XCTAssertEqual(Set(compose.errors.map(\.kind)), [.unknownKey])
        XCTAssertFalse(compose.hasErrors, "unknown keys are warnings: the rest is still checked")
        XCTAssertEqual(compose.service(named: "web")?.image?.value, "nginx:1.27")
    }

    func testVersionObsolete() throws {
        let compose = load("version-obsolete")
        XCTAssertEqual(compose.version, ComposeValue("3.8", at: SourceLocation(file: "compose.yaml", line: 1, column: 10)))
        try assertMatchesExpectedJSON(compose, "version-obsolete")
    }

    func testVolumesNamedBindAnonymous() throws {
        let compose = load("volumes-named-bind-anonymous")
        let mounts = try XCTUnwrap(compose.service(named: "db")?.volumes)
        XCTAssertEqual(mounts.map(\.kind), [.volume, .bind, .bind, .volume, .bind, .volume, .bind, .tmpfs])
        XCTAssertEqual(mounts.map(\.volumeName), ["db-data", nil, nil, nil, nil, "cache", nil, nil])
        XCTAssertEqual(mounts[1].source, compose.directory + "/db/init.sql")
        XCTAssertEqual(mounts[1].writtenSource, "./db/init.sql")
        XCTAssertTrue(mounts[1].readOnly)
        XCTAssertTrue(mounts[3].isAnonymous)
        XCTAssertEqual(mounts[4].target, "/usr/share/nginx/html", "paths are cleaned as Compose cleans them")
        XCTAssertEqual(mounts[6].location, SourceLocation(file: "compose.yaml", line: 15, column: 9))
        XCTAssertEqual(compose.volumes.map(\.name), ["db-data", "cache", "unused"])
        try assertMatchesExpectedJSON(compose, "volumes-named-bind-anonymous")
    }

    func testYamlSyntaxError() {
        let compose = load("yaml-syntax-error")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:4:11: error: YAML: mapping values are not allowed in this context; check the indentation and quoting here",
        ])
        XCTAssertNil(compose.root)
    }

    func testEveryFixtureFolderHasATest() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { !$0.hasPrefix(".") }
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        for folder in folders {
            let name = folder.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            XCTAssertTrue(source.contains("func test\(name)()"), "no test for fixture \(folder)")
        }
    }

    /// Loads `<name>/compose.yaml` (and the `.env` beside it) the way `berth parse compose` does.
    func load(_ name: String, environment: [String: String] = ComposeFixtureTests.environment) -> ComposeFile {
        let folder = Self.fixtures.appendingPathComponent(name)
        return ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: folder.path), environment: environment)
    }

    private func assertMatchesExpectedJSON(_ compose: ComposeFile, _ name: String,
                                           file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.fixtures.appendingPathComponent(name).appendingPathComponent("expected.json")
        let expected = try String(contentsOf: url, encoding: .utf8)
        let actual = compose.json().serialized(pretty: true).replacingOccurrences(of: compose.directory, with: "<DIR>")
        XCTAssertEqual(actual + "\n", expected, file: file, line: line)
    }
}
