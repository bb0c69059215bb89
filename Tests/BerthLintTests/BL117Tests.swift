import BerthLint
import XCTest

/// BL117: sources copied before dependencies.
final class BL117Tests: XCTestCase {
    func testCatchesCopyAllBeforeNpmCi() {
        assertDockerfileFindings(BL117.self, "FROM node:20\nWORKDIR /app\nCOPY 1️⃣. .\nRUN npm ci\n")
    }

    func testCatchesPipRequirementsAndSwiftResolve() {
        assertDockerfileFindings(BL117.self, "FROM python:3.12 AS api\nCOPY --chown=app:app 1️⃣. /app\nRUN pip install -r /app/requirements.txt\nFROM swift:6.0\nCOPY 2️⃣./ /src\nRUN swift package resolve\n")
    }

    func testCatchesNotManifestsFirst() {
        assertDockerfileFindings(BL117.self, "FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n")
    }

    func testCatchesNotInstallsThatNeedTheSources() {
        assertDockerfileFindings(BL117.self, "FROM python:3.12\nCOPY . /app\nRUN pip install /app\nRUN npm install left-pad\n")
    }

    func testMessageNamesTheManifests() {
        XCTAssertEqual(dockerfileMessages(BL117.self, "FROM node:20\nCOPY . .\nRUN npm ci\n"), [
            "this COPY brings in every source file before npm ci (line 3), so any edit re-installs all dependencies; "
                + "copy package.json and package-lock.json first, run npm ci, then copy the rest",
        ])
    }
}
