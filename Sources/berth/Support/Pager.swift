import Foundation

/// Shows long output through the user's pager, as git and man do.
///
/// Only when stdout is a terminal and the text is taller than it; `PAGER=` (empty)
/// or `--no-pager` turns it off. If the pager cannot start, the text is printed as is.
struct Pager {
    var terminal: Terminal
    var enabled: Bool

    func show(_ text: String) {
        let lineCount = text.reduce(into: 0) { count, character in if character == "\n" { count += 1 } }
        guard enabled, terminal.outputIsTerminal, let rows = terminal.rows, lineCount >= rows,
              let command = pagerCommand, run(command, text) else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
    }

    private var pagerCommand: String? {
        guard let pager = terminal.pager else { return "less -R" }
        let trimmed = pager.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Runs the pager through the shell (PAGER may hold arguments) and feeds it the text.
    ///
    /// Spawned directly rather than with Foundation's Process, which starts children in a
    /// new session: without the controlling terminal, less cannot read keys and quits.
    private func run(_ command: String, _ text: String) -> Bool {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        var environment = ProcessInfo.processInfo.environment
        // less: keep colours, quit at once on one screen, leave the text on screen after quitting.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let arguments = ["/bin/sh", "-c", command]
        let environmentLines = environment.map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let spawned = withCStrings(arguments) { argv in
            withCStrings(environmentLines) { envp in
                posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
            }
        }
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // The user may quit the pager before reading everything: ignore the broken pipe.
        signal(SIGPIPE, SIG_IGN)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            bytes = bytes.dropFirst(written)
        }
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return true
    }
}

/// Calls `body` with a NULL-terminated C array of the strings, valid only during the call.
private func withCStrings<Result>(_ strings: [String],
                                  _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
