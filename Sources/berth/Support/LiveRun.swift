import BerthLabs
import BerthLive
import Dispatch
import Foundation

/// What every `--live` command shares: the engine found (or exit 3 with what to install),
/// the progress line, and Ctrl-C / SIGTERM turned into a cancellation so the stack is torn
/// down before berth exits.
final class LiveRun: @unchecked Sendable {
    let engine: DockerEngine
    let progress = LiveProgressLine()
    private var signalSources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var cancellations: [ProgramCancellation] = []
    private var interrupted = false

    init(environment: [String: String]) throws {
        do {
            engine = try DockerEngine.locate(environment: environment)
        } catch {
            progress.finish()
            throw CommandFailure(error.description, exitCode: CommandFailure.environment)
        }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.interrupt() }
            source.resume()
            signalSources.append(source)
        }
    }

    /// A session for `repository`, stopped with the others on Ctrl-C.
    func session(repository: String, purpose: String) -> LiveSession {
        let session = LiveSession(engine: engine, repository: repository, purpose: purpose,
                                  progress: { [progress] in progress.take($0) }, phase: { [progress] in progress.set($0) })
        register(session.cancellation)
        return session
    }

    /// A cancellation that Ctrl-C triggers, for a run outside a session.
    func cancellation() -> ProgramCancellation {
        let cancellation = ProgramCancellation()
        register(cancellation)
        return cancellation
    }

    private func register(_ cancellation: ProgramCancellation) {
        let stop = lock.withLock {
            cancellations.append(cancellation)
            return interrupted
        }
        if stop { cancellation.cancel() }
    }

    var wasInterrupted: Bool { lock.withLock { interrupted } }

    private func interrupt() {
        let all = lock.withLock {
            interrupted = true
            return cancellations
        }
        progress.set("interrupted: removing what the run started")
        for cancellation in all { cancellation.cancel() }
    }

    /// Clears the progress line and puts the signals back.
    func finish() {
        progress.finish()
        for source in signalSources { source.cancel() }
        for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
    }
}
