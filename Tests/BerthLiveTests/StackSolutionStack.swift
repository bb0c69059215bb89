import BerthTestSupport
import Foundation
import XCTest

/// A reference solution of lab `stack`, assembled into a student repository and run in the
/// Docker testbed under a project name of its own. The solutions publish fixed ports (80, 443,
/// 5252, 9000), so a test brings one stack up, probes it, and takes it down again, containers,
/// networks, volumes and built images alike, before the next test starts.
final class StackSolutionStack {
    let testbed: DockerTestbedHandle
    let workspace: SolutionWorkspace
    /// `berth-stack-scale-1a2b3c4d`: every container, network, volume and image it makes is
    /// labelled or named with it.
    let project: String
    private var containers: [String] = []
    private var images: [String] = []

    /// Assembles `solution` (`06-scale`) in a temporary directory.
    init(_ solution: String, testbed: DockerTestbedHandle) throws {
        self.testbed = testbed
        workspace = try SolutionWorkspace(lab: "stack", solution: "solutions/\(solution)")
        let task = solution.split(separator: "-", maxSplits: 1).last.map(String.init) ?? solution
        project = "berth-stack-\(task)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// `docker compose ARGUMENTS` on the repository's compose file, in the repository.
    func compose(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try testbed.docker(["compose", "--project-name", project] + arguments, input: input, in: workspace.path)
    }

    /// `docker compose up --build --wait`; on failure, throws with compose's complaint and the logs.
    func up() throws {
        let up = try compose(["up", "--build", "--detach", "--wait", "--wait-timeout", "300"])
        guard up.status == 0 else {
            let logs = try compose(["logs", "--no-color", "--tail", "40"])
            throw StackSolutionError(description: "docker compose up of \(project) failed (exit \(up.status)):\n"
                                     + "\(up.stderr)\nlogs:\n\(logs.stdout)")
        }
    }

    /// Builds the images of `folders` (`backend`, `frontend`) as compose would, with BuildKit (the
    /// backend's Dockerfile needs its cache mounts, and the docker CLI here has no buildx), and
    /// returns their tags by folder.
    func buildImages(_ folders: [String]) throws -> [String: String] {
        let tags = Dictionary(uniqueKeysWithValues: folders.map { ($0, "\(project)-\($0)") })
        let services = folders.map { "  \($0):\n    build: ./\($0)\n    image: \(tags[$0] ?? $0)\n" }.joined()
        images += folders.compactMap { tags[$0] }
        let build = try compose(["--file", "-", "build"], input: "services:\n" + services)
        guard build.status == 0 else {
            throw StackSolutionError(description: "building \(folders) failed (exit \(build.status)):\n\(build.stderr)")
        }
        return tags
    }

    /// `docker run --detach` of `image` under a name of the project's, removed by `down()`.
    func start(_ image: String, options: [String]) throws {
        let name = "\(project)-\(containers.count + 1)"
        containers.append(name)
        let run = try testbed.docker(["run", "--detach", "--name", name] + options + [image], in: workspace.path)
        guard run.status == 0 else {
            throw StackSolutionError(description: "docker run \(image) failed (exit \(run.status)):\n\(run.stderr)")
        }
    }

    /// Removes everything the stack made, then fails the test for anything of the project left.
    func down(file: StaticString = #filePath, line: UInt = #line) {
        if FileManager.default.fileExists(atPath: workspace.url.appendingPathComponent("compose.yaml").path) {
            let down = try? compose(["down", "--volumes", "--rmi", "local", "--timeout", "2"])
            XCTAssertEqual(down?.status, 0, "docker compose down: \(down?.stderr ?? "did not run")", file: file, line: line)
        }
        if !containers.isEmpty { _ = try? testbed.docker(["rm", "--force", "--volumes"] + containers) }
        if !images.isEmpty { _ = try? testbed.docker(["rmi", "--force"] + images) }
        let label = "label=com.docker.compose.project=\(project)"
        let listings: [[String]] = [["ps", "--all", "--filter", label], ["ps", "--all", "--filter", "name=\(project)"],
                                    ["network", "ls", "--filter", label], ["volume", "ls", "--filter", label],
                                    ["images", "--filter", "reference=\(project)-*"]]
        for listing in listings {
            let left = try? testbed.docker(listing + ["--quiet"])
            XCTAssertEqual(left?.stdout, "", "docker \(listing.joined(separator: " ")) still lists some of \(project)",
                           file: file, line: line)
        }
    }

    /// curl from inside the testbed's namespace, where the published ports are, with `localhost`
    /// pinned to 127.0.0.1 so Host headers and redirects name `localhost`. No retries: a 429 or a
    /// refused connection is an answer here.
    func curl(_ arguments: [String]) throws -> CommandResult {
        try testbed.run(["curl", "--silent", "--show-error", "--max-time", "10",
                         "--resolve", "localhost:80:127.0.0.1", "--resolve", "localhost:443:127.0.0.1"] + arguments)
    }

    /// The body of `url`, failing on a transport error or an HTTP status of 400 or more.
    func body(_ url: String, _ options: [String] = []) throws -> String {
        let result = try curl(["--fail"] + options + [url])
        guard result.status == 0 else {
            throw StackSolutionError(description: "GET \(url) failed (curl exit \(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    /// The JSON object `url` answers.
    func json(_ url: String, _ options: [String] = []) throws -> [String: Any] {
        let text = try body(url, options)
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw StackSolutionError(description: "\(url) answered \(text), not a JSON object")
        }
        return object
    }

    /// `METHOD URL`'s status code and the value of `header` (lowercased name), as curl saw them.
    func statusAndHeader(_ url: String, _ header: String, _ options: [String] = []) throws -> (status: String, value: String?) {
        let result = try curl(["--output", "/dev/null", "--dump-header", "-", "--write-out", "%{http_code}"] + options + [url])
        let lines = result.stdout.split(whereSeparator: \.isNewline).map(String.init)
        let value = lines.first { $0.lowercased().hasPrefix(header + ":") }
            .map { String($0.dropFirst(header.count + 1)).trimmingCharacters(in: .whitespaces) }
        return (lines.last ?? "", value)
    }

    /// Polls `url` until it answers 200, for up to `seconds` (services take a moment to listen).
    func waitUntilAnswering(_ url: String, _ options: [String] = [], seconds: Double = 30) throws {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            let result = try curl(["--output", "/dev/null", "--write-out", "%{http_code}"] + options + [url])
            if result.stdout == "200" { return }
            last = result.stdout + result.stderr
            Thread.sleep(forTimeInterval: 0.3)
        }
        throw StackSolutionError(description: "\(url) did not answer 200 within \(Int(seconds)) s; last: \(last)")
    }
}

struct StackSolutionError: Error, CustomStringConvertible {
    var description: String
}
