import XCTest

final class BerthEndToEndTestsPlaceholder: XCTestCase {}
