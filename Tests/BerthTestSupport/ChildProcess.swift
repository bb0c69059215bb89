import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Spawns a program with posix_spawn and reaps it with waitpid.
///
/// Foundation's `Process` reaps children on a background source that can miss a child
/// whose grandchildren daemonize (tmux does); waiting on the pid directly cannot.
/// The pipes are close-on-exec so no other child spawned meanwhile inherits them.
enum ChildProcess {
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    input: Data, directory: String?) throws -> CommandResult {
        let stdin = try makePipe(), stdout = try makePipe(), stderr = try makePipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
        // posix_spawn_file_actions_addchdir_np is not visible from Swift; env -C changes directory.
        let program = directory == nil ? executable : "/usr/bin/env"
        let argv = ((directory.map { ["/usr/bin/env", "-C", $0] } ?? []) + [executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid = pid_t()
        let status = posix_spawn(&pid, program, &actions, nil, argv, envp)
        [stdin.read, stdout.write, stderr.write].forEach { close($0) }
        guard status == 0 else {
            [stdin.write, stdout.read, stderr.read].forEach { close($0) }
            throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(status)))")
        }

        // Feed stdin and drain both outputs at once, so a chatty child never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = readAll(stderr.read)
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            writeAll(input, to: stdin.write)
            close(stdin.write)
            group.leave()
        }
        let outData = readAll(stdout.read)
        group.wait()
        close(stdout.read)
        close(stderr.read)

        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        let exited = waitStatus & 0x7f == 0
        let code = exited ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        return CommandResult(status: code, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            throw SpawnError(description: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return (fds[0], fds[1])
    }

    private static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 { data.append(buffer, count: count) }
            else if count == 0 || errno != EINTR { return data }
        }
    }

    private static func writeAll(_ data: Data, to fd: Int32) {
        // A child that exits without reading its input must not kill the test with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = write(fd, base + offset, bytes.count - offset)
                if written > 0 { offset += written } else if errno != EINTR { return }
            }
        }
    }
}
