import Logging
import PostgresNIO

/// The `links` table in PostgreSQL (see `db/init.sql`): the lasting record of every short link.
struct LinkStore: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Returns the code stored for `url`, storing `candidate` for it if it has none yet,
    /// so the same URL always gets the same short link.
    func code(for url: LongURL, candidate: ShortCode) async throws -> ShortCode {
        let rows = try await client.query(
            """
            INSERT INTO links (code, long_url) VALUES (\(candidate.value), \(url.value))
            ON CONFLICT (long_url) DO UPDATE SET long_url = EXCLUDED.long_url
            RETURNING code
            """,
            logger: logger
        )
        for try await code in rows.decode(String.self) {
            if let stored = ShortCode(code) { return stored }
        }
        throw APIError(.internalServerError, reason: "PostgreSQL stored the link but returned no code")
    }

    /// The URL stored for `code`, or nil.
    func url(for code: ShortCode) async throws -> String? {
        let rows = try await client.query("SELECT long_url FROM links WHERE code = \(code.value)", logger: logger)
        for try await url in rows.decode(String.self) {
            return url
        }
        return nil
    }

    /// Checks that the server answers and the table exists.
    func check() async throws {
        let rows = try await client.query("SELECT to_regclass('public.links') IS NOT NULL", logger: logger)
        for try await exists in rows.decode(Bool.self) where !exists {
            throw APIError.unavailable(LinkStore.missingTable)
        }
    }

    static let missingTable = "PostgreSQL has no table \"links\"; run db/init.sql (mount it in /docker-entrypoint-initdb.d/ and recreate the db volume)"
}
