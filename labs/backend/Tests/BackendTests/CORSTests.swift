import Hummingbird
import HummingbirdTesting
import XCTest
@testable import Backend

final class CORSTests: XCTestCase {
    private let frontend = "http://localhost:9000"

    private func withApp(cors: [String], _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await buildApplication(settings: .testing(cors: cors), logger: LogRecorder().logger).test(.router, test)
    }

    func testPreflightAllowsTheConfiguredOrigin() async throws {
        let origin = frontend
        try await withApp(cors: [origin]) { client in
            let headers: HTTPFields = [
                .origin: origin, .accessControlRequestMethod: "POST", .accessControlRequestHeaders: "content-type",
            ]
            try await client.execute(uri: "/shorten", method: .options, headers: headers) { response in
                XCTAssertEqual(response.status, .noContent)
                XCTAssertEqual(response.headers[.accessControlAllowOrigin], origin)
                XCTAssertEqual(response.headers[.accessControlAllowMethods], "GET, POST, OPTIONS")
                XCTAssertEqual(response.headers[.accessControlAllowHeaders], "content-type")
                XCTAssertEqual(response.headers[.accessControlMaxAge], "600")
            }
        }
    }

    func testSimpleRequestsAndErrorsCarryTheHeader() async throws {
        let origin = frontend
        try await withApp(cors: [origin]) { client in
            for uri in ["/api/hello", "/api/hits"] {
                try await client.execute(uri: uri, method: .get, headers: [.origin: origin]) { response in
                    XCTAssertEqual(response.headers[.accessControlAllowOrigin], origin, uri)
                    XCTAssertEqual(response.headers[.vary], "Origin", uri)
                }
            }
        }
    }

    func testOtherOriginsGetNoHeader() async throws {
        try await withApp(cors: [frontend]) { client in
            try await client.execute(uri: "/api/hello", method: .get, headers: [.origin: "http://evil.example"]) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertNil(response.headers[.accessControlAllowOrigin])
            }
        }
    }

    func testWildcardAllowsAnyOrigin() async throws {
        try await withApp(cors: ["*"]) { client in
            try await client.execute(uri: "/api/hello", method: .get, headers: [.origin: "http://a.example"]) { response in
                XCTAssertEqual(response.headers[.accessControlAllowOrigin], "*")
            }
        }
    }

    func testNoCORSWhenUnset() async throws {
        let origin = frontend
        try await withApp(cors: []) { client in
            try await client.execute(uri: "/api/hello", method: .get, headers: [.origin: origin]) { response in
                XCTAssertNil(response.headers[.accessControlAllowOrigin])
            }
            try await client.execute(uri: "/api/hello", method: .options,
                                     headers: [.origin: origin, .accessControlRequestMethod: "GET"]) { response in
                XCTAssertNil(response.headers[.accessControlAllowOrigin])
            }
        }
    }
}
