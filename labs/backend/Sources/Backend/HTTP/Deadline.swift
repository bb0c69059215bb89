/// Thrown when an operation passed to `withDeadline` runs out of time.
struct DeadlineExceeded: Error, CustomStringConvertible {
    var limit: Duration
    var description: String { "no answer within \(limit.milliseconds) ms" }
}

/// Runs `operation` but gives up after `limit`, cancelling it.
///
/// Used around PostgreSQL calls: while the database is down its connection pool keeps
/// a request waiting for a connection, and a client wants a 503 now, not in a minute.
func withDeadline<Value: Sendable>(
    _ limit: Duration, _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw DeadlineExceeded(limit: limit)
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded(limit: limit) }
        return first
    }
}
