import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import Backend

final class StaticFileTests: XCTestCase {
    /// Serves the bundled front-end, the way a single-container setup would.
    func testTheFrontendIsServedBesideTheAPI() async throws {
        let folder = PackagePaths.frontend.path
        let app = buildApplication(settings: .testing(staticDirectory: folder), logger: LogRecorder().logger)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/html")
                XCTAssertTrue(response.text.contains("<script src=\"app.js\""), response.text)
            }
            try await client.execute(uri: "/style.css", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/css")
            }
            try await client.execute(uri: "/app.js", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.text.contains("const API_BASE = \"\""), "app.js calls relative URLs by default")
            }
            try await client.execute(uri: "/api/hello", method: .get) { response in
                XCTAssertEqual(response.status, .ok, "the API still answers")
            }
            try await client.execute(uri: "/missing.txt", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }
}
