import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeSharedConfigCheckTests: XCTestCase {
    func testPassesOnServicesMergedFromOneAnchor() throws {
        let check = try makeCheck(ComposeSharedConfigCheck.self, "services: [web1, web2, web3]")
        let compose = MarkedSource("""
            x-web: &web
              build: .
              environment: &env
                REDIS_HOST: redis
              depends_on: [redis]
            services:
              redis:
                image: redis:7
              1️⃣web1:
                <<: *web
                environment:
                  <<: *env
                  INSTANCE_ID: web1
              web2:
                <<: *web
                environment:
                  <<: *env
                  INSTANCE_ID: web2
              web3:
                <<: *web
                environment: {REDIS_HOST: redis, INSTANCE_ID: web3}
            """)
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 9, column: 3))
        XCTAssertEqual(outcome.found, "`web1`, `web2`, `web3` share one configuration (written once, merged in with `<<:`)")
    }

    func testADifferentKeyIsNamedInTheServiceThatDiffers() throws {
        let check = try makeCheck(ComposeSharedConfigCheck.self, "services: [web1, web2]")
        let compose = MarkedSource("""
            services:
              web1:
                build: .
                restart: always
              web2:
                build: .
                1️⃣restart: on-failure
            """)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 7, column: 5))
        XCTAssertEqual(outcome.found, "`web2` has `restart: on-failure` where `web1` has `restart: always`")
    }

    func testADifferentVariableIsNamedAtItsValue() throws {
        let check = try makeCheck(ComposeSharedConfigCheck.self, "services: [web1, web2]")
        let compose = MarkedSource("""
            services:
              web1:
                build: .
                environment: [DB_HOST=db, INSTANCE_ID=1]
              web2:
                build: .
                environment:
                  DB_HOST: 1️⃣localhost
                  INSTANCE_ID: 2
            """)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 8, column: 16))
        XCTAssertEqual(outcome.found, "`web2` sets `DB_HOST=localhost` where `web1` sets `DB_HOST=db`")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeSharedConfigCheck.self, "services: [web1]\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, ["lab.yaml:1:11: error: `services:` of check `test` names at least two services to compare"])
    }
}
