import BerthFormats
import XCTest

/// The compose model read from text in memory: typed accessors, positions, and the
/// problems Compose itself would refuse, each reported where it was written.
final class ComposeParserTests: XCTestCase {
    func testServicesKeepFileOrderAndTheirPositions() {
        let compose = parse("services:\n  web:\n    image: web:1\n  api:\n    image: api:1\n  db:\n    image: postgres:16\n")
        XCTAssertEqual(compose.serviceNames, ["web", "api", "db"])
        XCTAssertEqual(compose.services.map(\.location.line), [2, 4, 6])
        XCTAssertEqual(compose.service(named: "db")?.image?.location, SourceLocation(file: "compose.yaml", line: 7, column: 12))
        XCTAssertTrue(compose.errors.isEmpty)
    }

    func testNumbersWhereComposeWantsTextAreErrors() {
        let compose = parse("version: 3.8\nservices:\n  web:\n    image: web:1\n    user: 1000\n    container_name: true\n")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:1:10: error: Compose refuses `version: 3.8` unquoted (a number, not text); delete the line, as Compose v2 ignores `version`",
            "compose.yaml:5:11: error: `user` of service `web` must be text, but YAML reads `1000` as a number; quote it: \"1000\"",
            "compose.yaml:6:21: error: `container_name` of service `web` must be text, but YAML reads `true` as true/false; quote it: \"true\"",
        ])
        XCTAssertEqual(compose.service(named: "web")?.user?.value, "1000", "the value is still modelled")
        XCTAssertEqual(compose.version?.value, "3.8")
    }

    func testNumbersWhereComposeTakesThemAreFine() {
        let compose = parse("""
            services:
              web:
                image: web:1
                ports: [8080, "9000:9000"]
                expose: [5252]
                environment: {PORT: 5252, DEBUG: true}
                cpus: 1
                mem_limit: 1000
            """)
        XCTAssertTrue(compose.errors.isEmpty, "\(compose.errors)")
        XCTAssertEqual(compose.service(named: "web")?.environmentVariable("DEBUG")?.value, "true")
    }

    func testServiceWithoutImageOrBuildIsAnError() {
        let compose = parse("services:\n  db:\n    restart: always\n  model:\n    provider:\n      type: model\n")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:2:3: error: service `db` has neither `image:` nor `build:`, so Compose cannot create its container; add `image: name:tag` or `build: ./folder`",
        ])
    }

    func testKeysAtTheWrongLevelSayWhereTheyBelong() {
        let compose = parse("services:\n  web:\n    build: .\n    dockerfile: Dockerfile.dev\n    replicas: 3\n")
        XCTAssertEqual(compose.errors.map(\.message), [
            "unknown key `dockerfile` in service `web`; it belongs under `build:` (`build: {context: ., dockerfile: Dockerfile.dev}`)",
            "unknown key `replicas` in service `web`; it belongs under `deploy:` (`deploy: {replicas: 3}`)",
        ])
        XCTAssertEqual(compose.errors.map(\.location.line), [4, 5])
        XCTAssertEqual(Set(compose.errors.map(\.severity)), [.warning])
    }

    func testValuesDockerRefuses() {
        let compose = parse("""
            services:
              web:
                image: web:1
                container_name: x
                pull_policy: sometimes
                deploy: {replicas: -1}
                ports: ["80:8080:80", {target: 81, host_ip: localhost}]
            """)
        XCTAssertEqual(compose.errors.map { "\($0.location.line):\($0.location.column)" }, ["4:21", "5:18", "6:24", "7:13", "7:49"])
        XCTAssertTrue(compose.errors[0].message.contains("container_name `x` is not a name Docker accepts"))
        XCTAssertTrue(compose.errors[2].message.contains("cannot run -1 containers"))
        XCTAssertTrue(compose.errors[3].message.contains("`80` is not an IP address"))
        XCTAssertEqual(parse("services:\n  w:\n    image: w:1\n    ports: [\"[::1]:80:80\", \"::ffff:10.0.0.1:81:81\"]\n").errors, [])
    }

    func testLongFormPortWithoutTarget() {
        let compose = parse("services:\n  web:\n    image: web:1\n    ports:\n      - published: 8080\n")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:5:9: error: a port in long form needs a `target`: the port inside the container",
        ])
    }

    func testCommandWithAnOpenQuote() {
        let compose = parse("services:\n  web:\n    image: web:1\n    command: echo \"unclosed\n")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:4:14: error: `command` of service `web` has an unclosed quote or a trailing backslash: `echo \"unclosed`",
        ])
    }

    func testHealthcheckListMustSayHowToRun() {
        let compose = parse("services:\n  db:\n    image: db:1\n    healthcheck:\n      test: [\"pg_isready\"]\n")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:5:14: error: a healthcheck test list starts with CMD, CMD-SHELL or NONE, not `pg_isready`",
        ])
    }

    func testDocumentShapes() {
        XCTAssertEqual(parse("").errors.map(\.description),
                       ["compose.yaml:1:1: error: the file is empty; a compose file starts with `services:`"])
        XCTAssertEqual(parse("# only a comment\n").errors.map(\.kind), [.syntax])
        XCTAssertEqual(parse("volumes:\n  data:\n").errors.map(\.description),
                       ["compose.yaml:1:1: error: a compose file needs a `services:` mapping"])
        XCTAssertEqual(parse("services:\n  - web\n").errors.map(\.description),
                       ["compose.yaml:2:3: error: `services` must be a mapping (`key: value` lines), not a list"])
        XCTAssertEqual(parse("- services\n").errors.map(\.description),
                       ["compose.yaml:1:1: error: a compose file must be a mapping (`key: value` lines), not a list"])
    }

    func testProxyServiceNames() {
        let compose = parse("""
            services:
              proxy:
                image: nginx:1.27-alpine
                ports: ["80:80"]
              edge:
                image: traefik:v3.1
                ports: ["443:443"]
              internal-nginx:
                image: nginx:1.27
              web:
                image: web:1
                ports: ["8080:80"]
            """)
        XCTAssertEqual(compose.proxyServiceNames, ["proxy", "edge"])
        XCTAssertTrue(ComposeFile.isProxyImage("nginxinc/nginx-unprivileged:1.27"))
        XCTAssertTrue(ComposeFile.isProxyImage("docker.io/library/haproxy:3.0"))
        XCTAssertFalse(ComposeFile.isProxyImage("node:22"))
    }

    func testImageNameAndTag() {
        let compose = parse("""
            services:
              a: {image: "docker.io/library/nginx:1.25"}
              b: {image: "localhost:5000/team/app"}
              c: {image: "redis@sha256:0123456789abcdef"}
              d: {image: "Postgres:16"}
            """)
        XCTAssertEqual(compose.services.map(\.imageName), ["nginx", "app", "redis", "postgres"])
        XCTAssertEqual(compose.services.map(\.imageTag), ["1.25", "latest", nil, "16"])
    }

    func testProjectName() {
        let text = SourceText(path: "/work/My Project/compose.yaml", text: "name: Shop_App\nservices:\n  a:\n    image: a:1\n")
        XCTAssertEqual(ComposeFile.parse(text).projectName, "shop_app")
        XCTAssertEqual(ComposeFile.parse(text, environment: ["COMPOSE_PROJECT_NAME": "Other"]).projectName, "other")
        let unnamed = SourceText(path: "/work/My Project/compose.yaml", text: "services:\n  a:\n    image: a:1\n")
        XCTAssertEqual(ComposeFile.parse(unnamed).projectName, "myproject")
        XCTAssertEqual(ComposeFile.parse(unnamed).json()["networks"]?["default"]?["name"], .string("myproject_default"))
    }

    func testYAML12ScalarsAsComposeReadsThem() {
        let compose = parse("""
            services:
              a:
                image: a:1
                environment:
                  SEXAGESIMAL: 22:22
                  OCTAL: 010
                  HEX: 0x1F
                  WORD: yes
                  BIG: 12345678901234567890
                  FLOAT: 1e3
            """)
        let values = compose.service(named: "a")?.environment.map { "\($0.name)=\($0.value ?? "")" }
        XCTAssertEqual(values, ["SEXAGESIMAL=22:22", "OCTAL=8", "HEX=31", "WORD=yes", "BIG=12345678901234567890", "FLOAT=1000"])
    }

    func testTopLevelExtensionsArePrintedButNotServiceOnes() {
        let compose = parse("x-b: {z: 1, a: [1, true]}\nx-a: hello\nservices:\n  a:\n    image: a:1\n    x-note: mine\n")
        let json = compose.json()
        XCTAssertEqual(json["x-a"], .string("hello"))
        XCTAssertEqual(json["x-b"]?.serialized(), #"{"a":[1,true],"z":1}"#)
        XCTAssertNil(json["services"]?["a"]?["x-note"])
        guard case .object(let members) = json else { return XCTFail("not an object") }
        XCTAssertEqual(members.map(\.0), ["networks", "services", "x-a", "x-b"])
    }

    func testTildeAndRelativeBindSources() {
        let compose = ComposeFile.parse(SourceText(path: "/srv/app/compose.yaml", text: """
            services:
              a:
                image: a:1
                volumes: ["~/data:/data", "../shared:/shared", "./site/:/site"]
            """), environment: ["HOME": "/home/student"])
        XCTAssertEqual(compose.service(named: "a")?.volumes.map(\.source), ["/home/student/data", "/srv/shared", "/srv/app/site"])
    }

    func testOutlineNamesEveryPosition() {
        let outline = parse("services:\n  web:\n    image: web:1\n    ports: [\"8080:80\"]\n").outline()
        XCTAssertEqual(outline, """
            compose.yaml: project default, 1 service
              service web  @2:3
                image web:1  @3:12
                port 8080 -> 80/tcp  @4:13
            """)
    }

    private func parse(_ text: String) -> ComposeFile {
        ComposeFile.parse(SourceText(path: "compose.yaml", text: text))
    }
}
