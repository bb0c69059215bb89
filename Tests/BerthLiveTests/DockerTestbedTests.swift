import BerthTestSupport
import Foundation
import XCTest

/// The Docker testbed end to end, as the live checks use it: images built FROM the stand-ins,
/// and a compose stack of them that comes up healthy, answers through the namespace and goes
/// away without a trace.
final class DockerTestbedTests: XCTestCase {
    private let suffix = UUID().uuidString.prefix(8).lowercased()

    func testImageBuiltFromUbuntuPrintsHelloWorld() throws {
        let testbed = try DockerTestbed.require()
        let context = try TemporaryDirectory(prefix: "berth-docker")
        try context.write("Dockerfile", """
            FROM ubuntu:24.04
            RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
            CMD ["echo", "Hello, World!"]
            """)
        let tag = "berth-test-hello:\(suffix)"
        defer { _ = try? testbed.docker(["rmi", "--force", tag]) }

        let build = try testbed.docker(["build", "--quiet", "--tag", tag, context.path])
        XCTAssertEqual(build.status, 0, build.stderr)
        let run = try testbed.docker(["run", "--rm", tag])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "Hello, World!\n")
    }

    func testComposeStackComesUpHealthyAnswersAndLeavesNothingBehind() throws {
        let testbed = try DockerTestbed.require()
        let stack = try TemporaryDirectory(prefix: "berth-compose")
        try stack.write("compose.yaml", Self.stackFile)
        try stack.write("html/index.html", "served by the stand-in nginx\n")
        try stack.write("init.sql", "CREATE TABLE greeting (text TEXT);\nINSERT INTO greeting VALUES ('hello from init.sql');\n")
        let project = "berth-test-\(suffix)"
        let compose = { (arguments: [String]) in
            try testbed.docker(["compose", "--project-name", project] + arguments, in: stack.path)
        }
        defer { _ = try? compose(["down", "--volumes", "--timeout", "1"]) }

        let up = try compose(["up", "--detach", "--wait", "--wait-timeout", "120"])
        XCTAssertEqual(up.status, 0, up.stderr)

        let port = try compose(["port", "web", "80"])
        let published = try XCTUnwrap(port.stdout.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                                      "docker compose port printed \(port.stdout) \(port.stderr)")
        let page = try testbed.curl("http://127.0.0.1:\(published)/")
        XCTAssertEqual(page.stdout, "served by the stand-in nginx\n", page.stderr)
        // The port is published on the namespace's loopback only, never on the machine's.
        let outside = try CommandRunner.run("/usr/bin/env", ["curl", "--silent", "--max-time", "2", "http://127.0.0.1:\(published)/"])
        XCTAssertNotEqual(outside.stdout, page.stdout)

        let greeting = try compose(["exec", "-T", "db", "psql", "-U", "berth", "-d", "app", "-tAc", "SELECT text FROM greeting"])
        XCTAssertEqual(greeting.stdout, "hello from init.sql\n", greeting.stderr)
        let pong = try compose(["exec", "-T", "cache", "redis-cli", "ping"])
        XCTAssertEqual(pong.stdout, "PONG\n", pong.stderr)

        let down = try compose(["down", "--volumes", "--timeout", "1"])
        XCTAssertEqual(down.status, 0, down.stderr)
        for kind in [["ps", "--all"], ["network", "ls"], ["volume", "ls"]] {
            let left = try testbed.docker(kind + ["--quiet", "--filter", "label=com.docker.compose.project=\(project)"])
            XCTAssertEqual(left.status, 0, left.stderr)
            XCTAssertEqual(left.stdout, "", "docker \(kind.joined(separator: " ")) still lists \(project)'s")
        }
    }

    func testPythonStandInInstallsSatisfiedRequirementsOffline() throws {
        let testbed = try DockerTestbed.require()
        let context = try TemporaryDirectory(prefix: "berth-docker")
        try context.write("requirements.txt", "flask\nredis\npsycopg2\ngunicorn\n")
        try context.write("Dockerfile", """
            FROM python:3.12-slim
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            CMD ["python", "-c", "import flask, redis, psycopg2; print('imports ok')"]
            """)
        let tag = "berth-test-python:\(suffix)"
        defer { _ = try? testbed.docker(["rmi", "--force", tag]) }

        let build = try testbed.docker(["build", "--quiet", "--tag", tag, context.path])
        XCTAssertEqual(build.status, 0, build.stderr)
        let run = try testbed.docker(["run", "--rm", tag])
        XCTAssertEqual(run.stdout, "imports ok\n", run.stderr)
    }

    func testSwiftStandInResolvesGitHubPackagesFromTheMirror() throws {
        let testbed = try DockerTestbed.require()
        let run = try testbed.docker(["run", "--rm", "swift:6.3", "sh", "-c",
                                      "swift --version && git ls-remote https://github.com/apple/swift-argument-parser HEAD"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Swift version 6.3"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\tHEAD\n"), run.stdout)
    }

    /// nginx in front of Redis and PostgreSQL, each with the health check courses teach.
    private static let stackFile = """
        services:
          web:
            image: nginx:1.27
            ports:
              - "80"
            volumes:
              - ./html:/usr/share/nginx/html:ro
            depends_on:
              cache:
                condition: service_healthy
              db:
                condition: service_healthy
            healthcheck:
              test: ["CMD", "curl", "--fail", "--silent", "http://localhost/"]
              interval: 1s
              timeout: 3s
              retries: 30
          cache:
            image: redis:7
            volumes:
              - cache-data:/data
            healthcheck:
              test: ["CMD", "redis-cli", "ping"]
              interval: 1s
              timeout: 3s
              retries: 30
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: berth
              POSTGRES_PASSWORD: secret
              POSTGRES_DB: app
            volumes:
              - db-data:/var/lib/postgresql/data
              - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U berth -d app"]
              interval: 1s
              timeout: 3s
              retries: 30
        volumes:
          cache-data:
          db-data:
        """
}
