import XCTest
@testable import Backend

final class SettingsTests: XCTestCase {
    private func settings(_ environment: [String: String]) throws -> Settings {
        try Settings(environment: environment, hostname: "abc123")
    }

    private func error(_ environment: [String: String], file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try settings(environment)
            XCTFail("expected \(environment) to be refused", file: file, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testDefaultsWithAnEmptyEnvironment() throws {
        let settings = try settings([:])
        XCTAssertEqual(settings.port, 5252)
        XCTAssertEqual(settings.instanceID, "abc123", "INSTANCE_ID defaults to the hostname")
        XCTAssertNil(settings.redis)
        XCTAssertNil(settings.database)
        XCTAssertEqual(settings.corsAllowedOrigins, [])
        XCTAssertEqual(settings.logLevel, .info)
        XCTAssertEqual(settings.environment, .production)
        XCTAssertFalse(settings.unbufferedLogs)
    }

    func testEverySettingIsRead() throws {
        let settings = try settings([
            "PORT": "8080", "INSTANCE_ID": "web-2", "REDIS_HOST": "redis", "REDIS_PORT": "6380",
            "DB_HOST": "db", "DB_PORT": "5433", "DB_NAME": "links", "DB_USER": "app", "DB_PASS": "secret",
            "CORS_ALLOW_ORIGIN": "http://localhost:9000, http://127.0.0.1:9000", "STATIC_DIR": "/srv/www",
            "LOG_LEVEL": "WARNING", "APP_ENV": "development", "LOG_UNBUFFERED": "1",
        ])
        XCTAssertEqual(settings.port, 8080)
        XCTAssertEqual(settings.instanceID, "web-2")
        XCTAssertEqual(settings.redis, Settings.Endpoint(host: "redis", port: 6380))
        XCTAssertEqual(settings.database, Settings.Database(
            endpoint: .init(host: "db", port: 5433), name: "links", user: "app", password: "secret"))
        XCTAssertEqual(settings.corsAllowedOrigins, ["http://localhost:9000", "http://127.0.0.1:9000"])
        XCTAssertEqual(settings.staticDirectory, "/srv/www")
        XCTAssertEqual(settings.logLevel, .warning, "LOG_LEVEL wins over APP_ENV's default")
        XCTAssertEqual(settings.environment, .development)
        XCTAssertTrue(settings.unbufferedLogs)
    }

    func testDefaultPortsOfDependencies() throws {
        let settings = try settings(["REDIS_HOST": "redis", "DB_HOST": "db", "DB_NAME": "n", "DB_USER": "u"])
        XCTAssertEqual(settings.redis?.port, 6379)
        XCTAssertEqual(settings.database?.endpoint.port, 5432)
        XCTAssertNil(settings.database?.password)
    }

    func testDevelopmentLogsAtDebugByDefault() throws {
        XCTAssertEqual(try settings(["APP_ENV": "development"]).logLevel, .debug)
    }

    func testEmptyValuesCountAsUnset() throws {
        let settings = try settings(["PORT": "", "INSTANCE_ID": " ", "REDIS_HOST": ""])
        XCTAssertEqual(settings.port, 5252)
        XCTAssertEqual(settings.instanceID, "abc123")
        XCTAssertNil(settings.redis)
    }

    func testInvalidPortIsOneClearLine() {
        let message = error(["PORT": "80a"])
        XCTAssertEqual(message, "backend: error: PORT=\"80a\" is not a port number; set it to a number from 1 to 65535, or remove it to use the default")
        XCTAssertFalse(message.contains("\n"))
        XCTAssertTrue(error(["PORT": "70000"]).contains("PORT=\"70000\""))
        XCTAssertTrue(error(["REDIS_HOST": "r", "REDIS_PORT": "0"]).contains("REDIS_PORT=\"0\""))
    }

    func testInvalidSwitchesAndNames() {
        XCTAssertTrue(error(["LOG_UNBUFFERED": "maybe"]).contains("set it to 1 (on) or 0 (off)"))
        XCTAssertTrue(error(["LOG_LEVEL": "verbose"]).contains("use one of trace, debug, info"))
        XCTAssertTrue(error(["APP_ENV": "staging"]).contains("use development or production"))
        XCTAssertTrue(error(["CORS_ALLOW_ORIGIN": "localhost:9000"]).contains("as in http://localhost:9000"))
    }

    func testDatabaseNeedsItsName() {
        XCTAssertTrue(error(["DB_HOST": "db", "DB_USER": "u"]).contains("DB_HOST is set but DB_NAME is not"))
        XCTAssertTrue(error(["DB_HOST": "db", "DB_NAME": "n"]).contains("DB_HOST is set but DB_USER is not"))
        XCTAssertTrue(error(["DB_NAME": "n"]).contains("DB_NAME is set but DB_HOST is not"))
        XCTAssertTrue(error(["REDIS_PORT": "6379"]).contains("REDIS_PORT is set but REDIS_HOST is not"))
    }

    func testSummaryNamesWhatIsOn() throws {
        let summary = try settings(["REDIS_HOST": "redis"]).summary
        XCTAssertTrue(summary.contains("redis redis:6379"), summary)
        XCTAssertTrue(summary.contains("postgres off"), summary)
    }
}
