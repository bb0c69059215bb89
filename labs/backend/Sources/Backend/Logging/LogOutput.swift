// stdio's streams are C globals; Swift 6 cannot prove them safe, and stdio locks them itself.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output, set to the buffering the settings ask for.
///
/// C's stdio buffers standard output a line at a time when it is a terminal, but in
/// blocks of several kilobytes when it is a pipe, which is what `docker logs` reads. A
/// request's log line then sits in the buffer until the block fills or the process
/// exits: the same trap as Python without `PYTHONUNBUFFERED=1`. `LOG_UNBUFFERED=1`
/// asks for line buffering everywhere, so each line is written as soon as it ends.
public struct LogOutput: Sendable {
    /// How lines reach the file descriptor.
    public enum Buffering: String, Sendable {
        /// Each line is written as soon as it ends.
        case line
        /// Lines collect in a block that is written when full or at exit.
        case block
    }

    public let buffering: Buffering

    /// Chooses the buffering: line when asked for or when standard output is a terminal.
    public init(unbuffered: Bool, isTerminal: Bool = isatty(STDOUT_FILENO) == 1) {
        buffering = unbuffered || isTerminal ? .line : .block
    }

    /// Applies the buffering to the process's standard output. It must run before
    /// anything is written there, so call it first thing at start-up.
    public func apply() {
        // A nil buffer lets stdio allocate its own of the given size.
        setvbuf(stdout, nil, buffering == .line ? _IOLBF : _IOFBF, Int(BUFSIZ))
    }

    /// Writes one complete line; stdio's lock keeps concurrent lines whole.
    public func write(line: String) {
        var line = line
        if !line.hasSuffix("\n") { line += "\n" }
        fputs(line, stdout)
    }
}
