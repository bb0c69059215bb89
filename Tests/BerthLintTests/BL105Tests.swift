import BerthLint
import XCTest

/// BL105: ADD for local files (hadolint DL3020).
final class BL105Tests: XCTestCase {
    func testCatchesAddOfLocalFolder() {
        assertDockerfileFindings(BL105.self, "FROM alpine:3.20\nADD 1️⃣. /app\n")
    }

    func testCatchesFirstLocalSourceAmongArchives() {
        assertDockerfileFindings(BL105.self, "FROM alpine:3.20\nADD app.tar.gz 1️⃣notes.zip /opt/\n")
    }

    func testCatchesExecForm() {
        assertDockerfileFindings(BL105.self, "FROM alpine:3.20\nADD [1️⃣\"config.yml\", \"/etc/app/\"]\n")
    }

    func testCatchesNotUrlsArchivesOrGit() {
        assertDockerfileFindings(BL105.self, "FROM alpine:3.20\nADD https://example.com/app.bin /usr/bin/app\nADD rootfs.tar.xz /\nADD git@github.com:acme/app.git /src\nCOPY . /app\n")
    }
}
