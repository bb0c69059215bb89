import BerthLint
import XCTest

final class BL314Tests: XCTestCase {
    func testCatchesDecodedURIsInHeadersAndRedirects() {
        assertNginx(BL314.self, finds: """
            server {
                add_header X-Path "1️⃣$uri";
                location /old/ { return 301 https://$host2️⃣$document_uri; }
                location /a/ { proxy_set_header X-Original-URI 3️⃣${uri}; proxy_pass http://backend; }
                location /b/ { proxy_pass http://backend4️⃣$uri; }
                location /c/ { rewrite ^ https://example.com5️⃣$uri; }
                location /d/ { return $scheme://$host6️⃣$uri; }
            }
            """, message: "use $request_uri")
    }

    func testCatchesNotBodiesInternalRewritesOrOtherVariables() {
        assertNginx(BL314.self, findsNothingIn: """
            server {
                add_header X-Path $request_uri;
                proxy_set_header X-Prefix $uri_prefix;
                location / {
                    rewrite ^/app/(.*)$ /$uri last;
                    return 200 "you asked for $uri";
                }
            }
            """)
    }
}
