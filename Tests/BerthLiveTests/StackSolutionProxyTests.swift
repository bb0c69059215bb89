import BerthTestSupport
import Foundation
import XCTest

/// Lab `stack`'s proxy tasks, run from their reference solutions: TLS, the rate limit and a
/// reload under load. Each stack needs the certificate the solution's script makes.
final class StackSolutionProxyTests: XCTestCase {
    func testHTTPSOnlyWithTLS12And13AndHTTPRedirectsKeepingThePath() throws {
        let stack = try StackSolutionStack("09-tls", testbed: try DockerTestbed.require())
        defer { stack.down() }
        let certificate = try makeCertificate(in: stack)
        try stack.up()
        try stack.waitUntilAnswering("https://localhost/api/hello", ["--insecure"])

        XCTAssertEqual(try stack.json("https://localhost/api/hello", ["--insecure"])["message"] as? String, "Hello, World!")
        // The proxy serves the certificate the script made, valid for both names it lists.
        for url in ["https://localhost/", "https://127.0.0.1/"] {
            let verified = try stack.curl(["--cacert", certificate, "--output", "/dev/null", url])
            XCTAssertEqual(verified.status, 0, "\(url): \(verified.stderr)")
        }
        for version in ["1.2", "1.3"] {
            let modern = try stack.curl(["--insecure", "--tlsv\(version)", "--tls-max", version, "--output", "/dev/null",
                                         "https://localhost/"])
            XCTAssertEqual(modern.status, 0, "TLS \(version) refused: \(modern.stderr)")
        }
        // SECLEVEL=0 lets this client offer TLS 1.1 at all, so the refusal is the server's.
        let old = try stack.curl(["--insecure", "--tlsv1.1", "--tls-max", "1.1", "--ciphers", "DEFAULT@SECLEVEL=0",
                                  "--output", "/dev/null", "https://localhost/"])
        XCTAssertNotEqual(old.status, 0, "TLS 1.1 was accepted")

        let redirect = try stack.statusAndHeader("http://localhost/some/path?page=2", "location")
        XCTAssertEqual(redirect.status, "301")
        XCTAssertEqual(redirect.value, "https://localhost/some/path?page=2")
        XCTAssertEqual(try stack.json("https://localhost/api/whoami", ["--insecure"])["x_forwarded_proto"] as? String, "https")
    }

    func testABurstGets429AndAPauseLetsRequestsThroughAgain() throws {
        let stack = try StackSolutionStack("10-rate-limit", testbed: try DockerTestbed.require())
        defer { stack.down() }
        _ = try makeCertificate(in: stack)
        try stack.up()
        let url = "https://localhost/api/hello"
        try stack.waitUntilAnswering(url, ["--insecure"])
        Thread.sleep(forTimeInterval: 2)

        let transfers = Array(repeating: ["--output", "/dev/null", url], count: 60).flatMap { $0 }
        let burst = try stack.curl(["--insecure", "--parallel", "--parallel-immediate", "--parallel-max", "60",
                                    "--write-out", "%{http_code}\n"] + transfers)
        let codes = burst.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(codes.count, 60, burst.stderr)
        XCTAssertEqual(Set(codes).subtracting(["200", "429"]), [], "\(codes)")
        // One request plus the burst of 20 get through at once; most of the rest are refused.
        XCTAssertGreaterThanOrEqual(codes.filter { $0 == "200" }.count, 21, "\(codes)")
        XCTAssertGreaterThanOrEqual(codes.filter { $0 == "429" }.count, 20, "\(codes)")
        // The page's own files are not rate limited.
        XCTAssertEqual(try stack.statusAndHeader("https://localhost/style.css", "content-type", ["--insecure"]).status, "200")

        Thread.sleep(forTimeInterval: 2)
        XCTAssertEqual(try stack.statusAndHeader(url, "content-type", ["--insecure"]).status, "200")
    }

    func testReloadOfAnEditedConfigFailsNoRequest() throws {
        let stack = try StackSolutionStack("11-reload", testbed: try DockerTestbed.require())
        defer { stack.down() }
        _ = try makeCertificate(in: stack)
        try stack.up()
        try stack.waitUntilAnswering("https://localhost/api/hello", ["--insecure"])

        let write = try stack.compose(["exec", "-T", "proxy", "touch", "/etc/nginx/conf.d/written-by-the-container"])
        XCTAssertNotEqual(write.status, 0, "the proxy's config folder is writable from inside the container")

        // Saved the way editors save: a new file renamed over the old one.
        let config = stack.workspace.url.appendingPathComponent("proxy/nginx.conf")
        let text = try String(contentsOf: config, encoding: .utf8)
        let anchor = "    location /api/ {\n"
        XCTAssertEqual(text.components(separatedBy: anchor).count, 2, "expected one `location /api/` in \(text)")
        let probe = "    location = /api/reload-probe {\n        return 200 \"reloaded\\n\";\n    }\n\n"
        try Data(text.replacingOccurrences(of: anchor, with: probe + anchor).utf8).write(to: config, options: .atomic)
        let url = "https://localhost/api/reload-probe"
        XCTAssertEqual(try stack.statusAndHeader(url, "content-type", ["--insecure"]).status, "404")

        // 50 requests, under the rate limit, while the solution's script tests and reloads.
        let load = """
            codes=$(mktemp)
            for i in $(seq 50); do
                curl --silent --insecure --max-time 5 --resolve localhost:443:127.0.0.1 --output /dev/null \
                    --write-out '%{http_code}\\n' https://localhost/api/hello >>"$codes"
                sleep 0.1
            done &
            sleep 1
            scripts/reload-proxy.sh >&2
            reloaded=$?
            wait
            cat "$codes"
            rm -f "$codes"
            exit $reloaded
            """
        let run = try stack.testbed.run(["env", "COMPOSE_PROJECT_NAME=\(stack.project)", "sh", "-c", load],
                                        in: stack.workspace.path)
        XCTAssertEqual(run.status, 0, "scripts/reload-proxy.sh failed: \(run.stderr)")
        XCTAssertTrue(run.stderr.contains("test is successful"), run.stderr)
        let codes = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(codes, Array(repeating: "200", count: 50), "requests failed during the reload")
        XCTAssertEqual(try stack.body(url, ["--insecure"]), "reloaded\n")
    }

    /// Runs the solution's `scripts/make-cert.sh` and returns the certificate's path; the key
    /// must be readable by its owner only.
    private func makeCertificate(in stack: StackSolutionStack) throws -> String {
        let script = stack.workspace.url.appendingPathComponent("scripts/make-cert.sh").path
        let made = try CommandRunner.run(script, [], in: stack.workspace.path)
        XCTAssertEqual(made.status, 0, made.stderr)
        let certs = stack.workspace.url.appendingPathComponent("proxy/certs")
        let key = try FileManager.default.attributesOfItem(atPath: certs.appendingPathComponent("localhost.key").path)
        XCTAssertEqual((key[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        return certs.appendingPathComponent("localhost.crt").path
    }
}
