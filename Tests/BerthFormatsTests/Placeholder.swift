import XCTest

final class BerthFormatsTestsPlaceholder: XCTestCase {}
