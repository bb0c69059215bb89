import Foundation
import HummingbirdTesting
import XCTest

extension TestResponse {
    /// The body as a JSON object; fails the test when it is not one.
    func json(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: body))
        return try XCTUnwrap(object as? [String: Any], "body is not a JSON object: \(String(buffer: body))", file: file, line: line)
    }

    var text: String { String(buffer: body) }
}
