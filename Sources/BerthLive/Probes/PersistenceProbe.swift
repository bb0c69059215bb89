import Foundation

/// Data written before a disruption (a service restarted, the stack taken down and up) is
/// read back after it. The reader is retried for a while, since services reconnect to a
/// restarted store on their own schedule; nothing readable in that time counts as lost.
public struct PersistenceProbe<Value: Sendable> {
    /// Reads the data now; nil while it cannot be read.
    public var read: () -> Value?
    /// Whether what was read after the disruption still holds what was there before.
    public var survived: (_ before: Value, _ after: Value) -> Bool
    public var attempts: Int
    public var pause: Double

    public init(attempts: Int = 20, pause: Double = 0.5, read: @escaping () -> Value?,
                survived: @escaping (_ before: Value, _ after: Value) -> Bool) {
        self.read = read
        self.survived = survived
        self.attempts = attempts
        self.pause = pause
    }

    /// Runs `disrupt`, which returns why it could not be done, then reads `before` back.
    public func run(before: Value, disrupt: () -> String?) -> PersistenceOutcome<Value> {
        if let problem = disrupt() { return .notDisrupted(problem) }
        for attempt in 0..<max(attempts, 1) {
            if attempt > 0 { Thread.sleep(forTimeInterval: pause) }
            if let after = read() { return survived(before, after) ? .kept(after) : .changed(after) }
        }
        return .unreadable
    }
}

public enum PersistenceOutcome<Value: Sendable>: Sendable {
    /// Read back, and it still holds what was written.
    case kept(Value)
    /// Read back, but started over or holds something else.
    case changed(Value)
    /// Nothing could be read after the disruption.
    case unreadable
    /// The disruption itself failed, for this reason.
    case notDisrupted(String)
}
