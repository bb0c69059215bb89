import XCTest
@testable import Backend

final class ShortenerValuesTests: XCTestCase {
    private func reason(_ url: String) -> String? {
        do {
            _ = try LongURL(url)
            return nil
        } catch {
            XCTAssertEqual(error.status, .badRequest)
            return error.reason
        }
    }

    func testWebURLsAreAccepted() {
        XCTAssertNil(reason("https://example.com"))
        XCTAssertNil(reason("http://localhost:8080/a/b?c=d#e"))
    }

    func testOtherURLsAreRefusedWithAReason() {
        XCTAssertEqual(reason("ftp://example.com/file"), "\"url\" must start with http:// or https://, not ftp:")
        XCTAssertEqual(reason("javascript:alert(1)"), "\"url\" must start with http:// or https://, not javascript:")
        XCTAssertEqual(reason("https://"), "\"url\" has no host name: https://")
        XCTAssertEqual(reason("example.com"), "\"url\" is not a valid URL: example.com")
        XCTAssertEqual(reason("https://exa mple.com"), "\"url\" contains spaces or control characters; percent-encode them (%20)")
        XCTAssertEqual(reason(""), "\"url\" is empty; send {\"url\": \"https://example.com/page\"}")
        XCTAssertEqual(reason("https://e.com/" + String(repeating: "a", count: 2100)), "\"url\" is longer than 2048 bytes")
    }

    func testCodesAreLettersAndDigits() {
        XCTAssertEqual(ShortCode("aZ3k9Qx")?.value, "aZ3k9Qx")
        XCTAssertNil(ShortCode("style.css"))
        XCTAssertNil(ShortCode(""))
        XCTAssertNil(ShortCode(String(repeating: "a", count: 17)))
        XCTAssertNil(ShortCode("café"))
    }

    func testRandomCodesAreValidAndDiffer() {
        var generator = SystemRandomNumberGenerator()
        let codes = (0..<100).map { _ in ShortCode.random(using: &generator) }
        XCTAssertTrue(codes.allSatisfy { ShortCode($0.value) == $0 && $0.value.count == 7 })
        XCTAssertEqual(Set(codes).count, 100)
    }

    func testExpandTakesACodeOrAShortLink() {
        XCTAssertEqual(ShortenerRoutes.code(in: "aZ3k9Qx")?.value, "aZ3k9Qx")
        XCTAssertEqual(ShortenerRoutes.code(in: "http://localhost:9999/aZ3k9Qx")?.value, "aZ3k9Qx")
        XCTAssertNil(ShortenerRoutes.code(in: "http://localhost:9999/a.b"))
    }
}
