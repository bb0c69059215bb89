import BerthLint
import XCTest

final class BL203Tests: XCTestCase {
    static let stack = """
        services:
          proxy:
            image: nginx:1.27
            ports: ["80:80"]
          web:
            build: ./web
            ports:
              - 1️⃣"5252:5252"
              - "5253:5253"
          db:
            image: postgres:16
        """

    func testCatchesAServiceBehindTheProxyThatPublishes() {
        assertCompose(BL203.self, finds: Self.stack, context: LintContext(proxyServices: ["proxy"]),
                      message: "service `web` publishes host port 5252 although `proxy` is the entry point")
    }

    func testCatchesNotWithoutAProxyOrOnTheProxyItself() {
        let unmarked = Self.stack.replacingOccurrences(of: "1️⃣", with: "")
        assertCompose(BL203.self, findsNothingIn: unmarked)
        assertCompose(BL203.self, findsNothingIn: unmarked, context: LintContext(proxyServices: ["proxy", "web"]))
    }
}
