import XCTest
@testable import Backend

final class DevelopmentChecksTests: XCTestCase {
    private func warnings(_ environment: [String: String], files: [String: Bool] = [:]) throws -> [String] {
        let settings = try Settings(environment: environment.merging(["REDIS_HOST": "r", "DB_HOST": "d", "DB_NAME": "n", "DB_USER": "u", "DB_PASS": "p"]) { given, _ in given }, hostname: "h")
        return settings.developmentWarnings { path in
            files[path].map { (true, $0) } ?? (false, false)
        }
    }

    func testCleanSettingsGiveNoWarnings() throws {
        XCTAssertEqual(try warnings(["CORS_ALLOW_ORIGIN": "http://localhost:9000"]), [])
    }

    func testTrailingSlashInOriginIsCaught() throws {
        let found = try warnings(["CORS_ALLOW_ORIGIN": "http://localhost:9000/"])
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].contains("write http://localhost:9000"), found[0])
    }

    func testWildcardOriginIsCaught() throws {
        XCTAssertTrue(try warnings(["CORS_ALLOW_ORIGIN": "*"]).contains { $0.contains("lets any web page") })
    }

    func testStaticFolderWithoutIndexIsCaught() throws {
        XCTAssertTrue(try warnings(["STATIC_DIR": "/www"]).contains { $0.contains("is not a folder") })
        XCTAssertTrue(try warnings(["STATIC_DIR": "/www"], files: ["/www": true]).contains { $0.contains("no index.html") })
        XCTAssertEqual(try warnings(["STATIC_DIR": "/www"], files: ["/www": true, "/www/index.html": false]), [])
    }

    func testMissingDependenciesAndPasswordAreNamed() throws {
        let settings = try Settings(environment: ["DB_HOST": "d", "DB_NAME": "n", "DB_USER": "u"], hostname: "h")
        let found = settings.developmentWarnings()
        XCTAssertTrue(found.contains { $0.hasPrefix("DB_PASS is empty") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("REDIS_HOST is not set") }, "\(found)")
    }
}
