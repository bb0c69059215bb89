import XCTest

final class BerthLiveTestsPlaceholder: XCTestCase {}
