import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeVolumeCheckTests: XCTestCase {
    private let database = """
        services:
          db:
            image: postgres:16
            volumes:
              - 1️⃣db-data:/var/lib/postgresql/data
              - 2️⃣./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
        volumes:
          db-data:
        """

    func testPassesOnADeclaredNamedVolume() throws {
        let check = try makeCheck(ComposeVolumeCheck.self, "service: db\ntarget: /var/lib/postgresql/data/\nnamed: true")
        let compose = MarkedSource(database)
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text, "init.sql": "CREATE TABLE t (id int);\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 9))
        XCTAssertEqual(outcome.found, "`db-data:/var/lib/postgresql/data`")
    }

    func testPassesOnAReadOnlyFileFromTheRepository() throws {
        let check = try makeCheck(ComposeVolumeCheck.self, "service: db\ntarget: /docker-entrypoint-initdb.d/init.sql\nsource: init.sql\nread-only: true")
        let compose = MarkedSource(database)
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text, "init.sql": "CREATE TABLE t (id int);\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 6, column: 9))
    }

    func testAMissingBindSourceWouldBecomeAFolder() throws {
        let check = try makeCheck(ComposeVolumeCheck.self, "service: db\ntarget: /docker-entrypoint-initdb.d/init.sql")
        let compose = MarkedSource(database)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 6, column: 9))
        XCTAssertEqual(outcome.found,
                       "`./init.sql:/docker-entrypoint-initdb.d/init.sql:ro` mounts `./init.sql`, which is not in the repository: Docker would create an empty folder in its place")
    }

    func testABindMountIsNotANamedVolume() throws {
        let check = try makeCheck(ComposeVolumeCheck.self, "service: cache\ntarget: /data\nnamed: true")
        let compose = MarkedSource("services:\n  cache:\n    image: redis:7\n    volumes: [1️⃣\"./data:/data\"]\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text, "data/dump.rdb": "x"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 15))
        XCTAssertEqual(outcome.found, "`./data:/data` is a bind mount of a host path, not a named volume")
    }

    func testAWritableMountAndAWrongTargetAreNamed() throws {
        let readOnly = try makeCheck(ComposeVolumeCheck.self, "service: proxy\ntarget: /etc/nginx/conf.d/default.conf\nread-only: true")
        let compose = "services:\n  proxy:\n    image: nginx\n    volumes:\n      - ./proxy/nginx.conf:/etc/nginx/conf.d/default.conf\n"
        let writable = try assertCheck(readOnly, .fail, on: ["compose.yaml": compose, "proxy/nginx.conf": "server {}\n"])
        XCTAssertEqual(writable.found,
                       "`./proxy/nginx.conf:/etc/nginx/conf.d/default.conf` is writable: add `:ro` (or `read_only: true`)")
        let elsewhere = try makeCheck(ComposeVolumeCheck.self, "service: proxy\ntarget: /etc/nginx/conf.d/default.conf")
        let wrong = "services:\n  proxy:\n    image: nginx\n    volumes:\n      - ./proxy/nginx.conf:/etc/nginx/conf.d/defaults.conf\n"
        let outcome = try assertCheck(elsewhere, .fail, on: ["compose.yaml": wrong, "proxy/nginx.conf": "server {}\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 5))
        XCTAssertEqual(outcome.found,
                       "a mount at /etc/nginx/conf.d/defaults.conf (the task asks for /etc/nginx/conf.d/default.conf)")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeVolumeCheck.self, "service: db\nnamed: yes please\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:1:1: error: check `test` needs `target:` (the path inside the container, like /data)",
            "lab.yaml:2:8: error: `named:` of check `test` must be true or false",
        ])
    }
}
