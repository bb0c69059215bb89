import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Single key presses from the terminal on stdin, without waiting for Enter or echoing them.
///
/// The terminal's settings are restored by `restore()`, and also when berth is interrupted or
/// terminated, so a shell is never left without echo. Ctrl-C still interrupts. When stdin is
/// not a terminal there are no keys: `nextKey` only waits.
final class KeyboardInput {
    private let original: termios?
    private var signalSources: [DispatchSourceSignal] = []

    init() {
        guard isatty(STDIN_FILENO) == 1 else {
            original = nil
            return
        }
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else {
            original = nil
            return
        }
        original = settings
        var raw = settings
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        restoreOnSignals(settings)
    }

    /// Keys are read from a terminal.
    var isInteractive: Bool { original != nil }

    /// The next key pressed within `timeout` seconds, or nil.
    func nextKey(timeout: Double) -> UInt8? {
        let milliseconds = Int32(timeout * 1000)
        guard isInteractive else {
            _ = poll(nil, 0, milliseconds)
            return nil
        }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return nil }
        var byte: UInt8 = 0
        return read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }

    /// Puts the terminal back as it was.
    func restore() {
        guard var settings = original else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        for source in signalSources { source.cancel() }
        signalSources = []
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
    }

    deinit { restore() }

    /// On SIGINT, SIGTERM or SIGHUP: restore the terminal, then exit as the signal would.
    private func restoreOnSignals(_ settings: termios) {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                var saved = settings
                tcsetattr(STDIN_FILENO, TCSANOW, &saved)
                print("")
                exit(128 + number)
            }
            source.resume()
            signalSources.append(source)
        }
    }
}
