import BerthLint
import XCTest

/// BL115: final stage never leaves root.
final class BL115Tests: XCTestCase {
    func testCatchesFinalStageWithoutUser() {
        assertDockerfileFindings(BL115.self, "FROM golang:1.22 AS build\nUSER builder\nFROM 1️⃣alpine:3.20\nCOPY --from=build /app /app\n")
    }

    func testCatchesNotWhenFinalStageOrItsBaseSetsUser() {
        assertDockerfileFindings(BL115.self, "FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"/app\"]\n")
    }

    func testCatchesNotExplicitRootWhichIsBL109() {
        assertDockerfileFindings(BL115.self, "FROM alpine:3.20\nUSER root\n")
    }

    func testCatchesNotOfficialServerImagesThatLeaveRootThemselves() {
        assertDockerfileFindings(BL115.self, "FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n")
        assertDockerfileFindings(BL115.self, "FROM docker.io/library/postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n")
    }

    func testCatchesImagesThatOnlyShareTheName() {
        assertDockerfileFindings(BL115.self, "FROM 1️⃣example.com/team/nginx:1.27\nCOPY site /srv\n")
        assertDockerfileFindings(BL115.self, "FROM 1️⃣python:3.12-slim\nCOPY . /app\n")
    }
}
