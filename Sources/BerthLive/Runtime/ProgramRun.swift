import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to completion, or stopped at its deadline: how it ended and what it printed.
public struct ProgramResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// The deadline passed and the program (with everything it started) was killed.
    public var timedOut: Bool

    public var succeeded: Bool { status == 0 && !timedOut }

    /// The last `count` lines of what it printed on either stream, for a failure message.
    public func tail(_ count: Int) -> String {
        let lines = (stdout + stderr).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(count).joined(separator: "\n")
    }
}

/// Runs a program in a process group of its own, so a deadline or Ctrl-C stops it and
/// everything it started (compose's build, its plugins); both outputs are read at once
/// (a chatty child never blocks on a full pipe) and each line can be watched as it comes.
public struct ProgramRun: Sendable {
    /// Output kept per stream: a build log can be long, and only its end says why it failed.
    public static let keptBytes = 256 * 1024

    public var executable: String
    public var arguments: [String]
    public var environment: [String: String]
    public var directory: String?
    public var input: String?
    /// Seconds before the program is stopped (SIGTERM, then SIGKILL two seconds later).
    public var timeout: Double

    public init(_ executable: String, _ arguments: [String], environment: [String: String],
                directory: String? = nil, input: String? = nil, timeout: Double) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.directory = directory
        self.input = input
        self.timeout = timeout
    }

    public struct SpawnError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Runs it; `line` sees every line of both outputs as it arrives, from reading threads.
    public func run(cancellation: ProgramCancellation? = nil,
                    line: @escaping @Sendable (String) -> Void = { _ in }) throws(SpawnError) -> ProgramResult {
        let stdin = try Self.pipe(), stdout = try Self.pipe(), stderr = try Self.pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)

        // posix_spawn_file_actions_addchdir_np is not visible from Swift; env -C changes directory.
        let program = directory == nil ? executable : "/usr/bin/env"
        let argv = ((directory.map { ["/usr/bin/env", "-C", $0] } ?? []) + [executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        [stdin.read, stdout.write, stderr.write].forEach { close($0) }
        guard spawned == 0 else {
            [stdin.write, stdout.read, stderr.read].forEach { close($0) }
            throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        cancellation?.started(pid)
        defer { cancellation?.ended(pid) }

        let group = DispatchGroup()
        let output = OutputCollector()
        for (descriptor, isError) in [(stdout.read, false), (stderr.read, true)] {
            group.enter()
            DispatchQueue.global().async {
                Self.readLines(descriptor) { text in output.append(text, isError: isError, line: line) }
                close(descriptor)
                group.leave()
            }
        }
        let data = Data((input ?? "").utf8)
        DispatchQueue.global().async {
            Self.writeAll(data, to: stdin.write)
            close(stdin.write)
        }

        var timedOut = false
        if group.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(-pid, SIGTERM)
            if group.wait(timeout: .now() + 2) == .timedOut {
                kill(-pid, SIGKILL)
                group.wait()
            }
        }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        let exited = waitStatus & 0x7f == 0
        let code = exited ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        let (out, err) = output.texts()
        return ProgramResult(status: code, stdout: out, stderr: err, timedOut: timedOut)
    }

    private static func pipe() throws(SpawnError) -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard Glibc.pipe(&descriptors) == 0 else {
            throw SpawnError(description: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(descriptors[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(descriptors[1], F_SETFD, FD_CLOEXEC)
        return (descriptors[0], descriptors[1])
    }

    private static func readLines(_ descriptor: Int32, _ chunk: (String) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                chunk(String(decoding: buffer[0..<count], as: UTF8.self))
            } else if count == 0 || errno != EINTR {
                return
            }
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) {
        // A child that exits without reading its input must not end berth with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written > 0 { offset += written } else if errno != EINTR { return }
            }
        }
    }
}

/// Both outputs of a run, bounded, and the lines they split into as they arrive.
private final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stdout = ""
    private var stderr = ""
    private var partial = ["", ""]

    func append(_ text: String, isError: Bool, line: (String) -> Void) {
        let completed: [String] = lock.withLock {
            if isError { stderr = Self.bounded(stderr + text) } else { stdout = Self.bounded(stdout + text) }
            let index = isError ? 1 : 0
            var pieces = (partial[index] + text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            partial[index] = pieces.removeLast()
            return pieces
        }
        completed.forEach(line)
    }

    func texts() -> (String, String) {
        lock.withLock { (stdout, stderr) }
    }

    private static func bounded(_ text: String) -> String {
        text.utf8.count <= ProgramRun.keptBytes ? text : String(decoding: text.utf8.suffix(ProgramRun.keptBytes), as: UTF8.self)
    }
}

/// Stops a run from another thread (a Ctrl-C handler): the program and everything it
/// started get SIGTERM. Runs that start after `cancel()` are stopped at once.
public final class ProgramCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    private var cancelled = false

    public init() {}

    public var isCancelled: Bool { lock.withLock { cancelled } }

    public func cancel() {
        let running = lock.withLock {
            cancelled = true
            return groups
        }
        for group in running { kill(-group, SIGTERM) }
    }

    func started(_ pid: pid_t) {
        let stop = lock.withLock {
            groups.insert(pid)
            return cancelled
        }
        if stop { kill(-pid, SIGTERM) }
    }

    func ended(_ pid: pid_t) { lock.withLock { _ = groups.remove(pid) } }
}
