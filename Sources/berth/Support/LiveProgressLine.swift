import BerthLive
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a live run is doing, on standard error: on a terminal one line rewritten in place
/// (`⠹ backend build 4/7 RUN swift build · 1m 12s`), ticking every 100 ms; elsewhere a plain
/// line each time the step changes, so a CI log shows where a build spent its time.
final class LiveProgressLine: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private let lock = NSLock()
    private var step = "starting"
    private var frame = 0
    private var timer: DispatchSourceTimer?
    private let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    init() {
        guard isTerminal else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now(), repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    /// Takes a line of compose's output; only lines that name a step change the display.
    func take(_ line: String) {
        guard let next = ComposeStep.of(line) else { return }
        let changed = lock.withLock {
            defer { step = next }
            return step != next
        }
        if !isTerminal && changed { writeError("berth: \(next) (\(elapsed()))") }
    }

    /// Sets the step by hand (`probing`, `tearing down`).
    func set(_ text: String) {
        lock.withLock { step = text }
        if !isTerminal { writeError("berth: \(text) (\(elapsed()))") }
    }

    /// Stops ticking and clears the line.
    func finish() {
        timer?.cancel()
        timer = nil
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func draw() {
        let (text, spinner) = lock.withLock { () -> (String, String) in
            frame = (frame + 1) % frames.count
            return (step, frames[frame])
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(spinner) \(text) · \(elapsed())".utf8))
    }

    private func elapsed() -> String {
        let seconds = Int(Date().timeIntervalSince(start))
        return seconds < 60 ? "\(seconds) s" : "\(seconds / 60)m \(seconds % 60)s"
    }
}
