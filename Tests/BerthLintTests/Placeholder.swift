import XCTest

final class BerthLintTestsPlaceholder: XCTestCase {}
