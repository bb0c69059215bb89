@testable import BerthFormats
import XCTest

/// The directive table is data: every word in it must mean something, and the contexts
/// and argument counts must be the ones nginx uses.
final class NginxDirectiveTableTests: XCTestCase {
    func testEveryWordOfTheTableIsKnown() {
        XCTAssertEqual(NginxDirectiveTable.index.unknownWords, [])
        XCTAssertEqual(NginxDirectiveTable.index.count, 634)
    }

    func testTheTableIsSortedSoEveryNameIsFound() {
        let names = NginxDirectiveTable.index.names
        XCTAssertEqual(names, names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertEqual(names.filter { NginxDirectiveTable.index.forms(of: $0) == nil }, [])
        for missing in ["", "a", "absolute_redirec", "absolute_redirectx", "zzz", "proxy_pas", "proxy_pass_"] {
            XCTAssertNil(NginxDirectiveTable.index.forms(of: missing), missing)
        }
    }

    func testCoreDirectivesAreChecked() {
        XCTAssertNil(NginxAnalyzer.check("proxy_pass", arguments: ["http://a"], terminator: .semicolon, in: .location))
        XCTAssertNil(NginxAnalyzer.check("proxy_pass", arguments: ["http://a"], terminator: .semicolon, in: .locationIf))
        XCTAssertEqual(NginxAnalyzer.check("proxy_pass", arguments: ["http://a"], terminator: .semicolon, in: .server)?.reference,
                       "\"proxy_pass\" directive is not allowed here")
        XCTAssertEqual(NginxAnalyzer.check("listen", arguments: [], terminator: .semicolon, in: .server)?.reference,
                       "invalid number of arguments in \"listen\" directive")
        XCTAssertEqual(NginxAnalyzer.check("server", arguments: [], terminator: .semicolon, in: .http)?.reference,
                       "directive \"server\" has no opening \"{\"")
        XCTAssertEqual(NginxAnalyzer.check("gzip", arguments: ["yes"], terminator: .semicolon, in: .http)?.reference,
                       "invalid value \"yes\" in \"gzip\" directive, it must be \"on\" or \"off\"")
        XCTAssertNil(NginxAnalyzer.check("gzip", arguments: ["ON"], terminator: .semicolon, in: .http))
        XCTAssertNil(NginxAnalyzer.check("limit_req_zone", arguments: ["$binary_remote_addr", "zone=api:10m", "rate=5r/s"],
                                         terminator: .semicolon, in: .http))
    }

    func testUnknownDirectivesAndBlocksAreLeftAlone() {
        XCTAssertNil(NginxAnalyzer.check("more_set_headers", arguments: [], terminator: .semicolon, in: .server))
        XCTAssertNil(NginxAnalyzer.check("listen", arguments: [], terminator: .semicolon, in: nil))
    }

    func testArgumentCountsReadWell() {
        XCTAssertEqual(NginxDirectiveTable.index.forms(of: "add_header")?.first?.argumentDescription, "2 or 3 arguments")
        XCTAssertEqual(NginxDirectiveTable.index.forms(of: "gzip")?.first?.argumentDescription, "on or off")
        XCTAssertEqual(NginxDirectiveTable.index.forms(of: "alias")?.first?.argumentDescription, "1 argument")
    }
}
