import XCTest

final class BerthNotesTestsPlaceholder: XCTestCase {}
