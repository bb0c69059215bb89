import BerthLive
import Foundation

/// What a persistence check does to the stack between writing and reading back: take it
/// down and up again (volumes kept), or restart one service or all of them.
enum StackDisruption: Sendable {
    case downUp
    /// nil restarts every service.
    case restart(String?)

    /// `action: down-up`, `action: restart` or `action: restart SERVICE`; `fallback` when absent.
    static func read(_ fields: inout ManifestFields, fallback: StackDisruption) -> StackDisruption? {
        guard let action = fields.optionalString("action") else { return fallback }
        let words = action.split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("down-up", 1): return .downUp
        case ("restart", 1): return .restart(nil)
        case ("restart", 2): return .restart(words[1])
        default:
            if let node = fields.node["action"] {
                fields.invalid(node, "`action:` of \(fields.subject) is `down-up`, `restart` or `restart SERVICE`, not `\(action)`")
            }
            return nil
        }
    }

    var phrase: String {
        switch self {
        case .downUp: "`docker compose down` and `up` (volumes kept)"
        case .restart(let service?): "`docker compose restart \(service)`"
        case .restart(nil): "`docker compose restart`"
        }
    }

    /// Does it; the reason when it could not be done.
    func apply(to project: ComposeProject, in session: LiveSession) -> String? {
        switch self {
        case .restart(let service):
            let restart = project.compose(["restart"] + (service.map { [$0] } ?? []), timeout: 120)
            return restart.succeeded ? nil : "the restart failed: \(restart.tail(3))"
        case .downUp:
            project.compose(["down"], timeout: 120)
            do throws(LiveError) {
                try project.up(timeout: session.startTimeout)
                return nil
            } catch {
                return "the stack did not come back: \(error.description)"
            }
        }
    }
}
