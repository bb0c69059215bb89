import BerthFormats
import XCTest

/// Image references split and checked against Docker's grammar.
final class DockerfileImageReferenceTests: XCTestCase {
    func testParts() {
        let reference = ImageReference("registry.example.com:5000/team/app:1.2-rc1@sha256:" + String(repeating: "a", count: 64))
        XCTAssertEqual(reference.registry, "registry.example.com:5000")
        XCTAssertEqual(reference.repository, "team/app")
        XCTAssertEqual(reference.tag, "1.2-rc1")
        XCTAssertEqual(reference.digest, "sha256:" + String(repeating: "a", count: 64))
        XCTAssertEqual(reference.name, "registry.example.com:5000/team/app")
        XCTAssertTrue(reference.isValid)
    }

    func testSeparatorsInsideRepositoryNames() {
        XCTAssertNil(ImageReference("my_app__x--y.z:1").problem)
        XCTAssertNotNil(ImageReference("my___app").problem)
        XCTAssertNotNil(ImageReference("-app").problem)
    }

    func testFirstComponentIsARegistryOnlyWithADotColonOrLocalhost() {
        XCTAssertNil(ImageReference("library/ubuntu:24.04").registry)
        XCTAssertEqual(ImageReference("localhost/app").registry, "localhost")
        XCTAssertEqual(ImageReference("ghcr.io/acme/app").repository, "acme/app")
    }

    func testInvalidReferences() {
        XCTAssertEqual(ImageReference("Ubuntu:latest").problem, "repository name must be lowercase (write ubuntu:latest)")
        XCTAssertNotNil(ImageReference("ubuntu:").problem)
        XCTAssertNotNil(ImageReference("ubuntu:has space").problem)
        XCTAssertNotNil(ImageReference("app..name").problem)
        XCTAssertNotNil(ImageReference("app@sha256:abc").problem)
        XCTAssertNotNil(ImageReference("").problem)
    }

    func testUnresolvedReferencesAreNotChecked() {
        let reference = ImageReference("${REGISTRY}/App", isResolved: false)
        XCTAssertNil(reference.problem)
        XCTAssertFalse(reference.isResolved)
    }

    func testScratch() {
        XCTAssertTrue(ImageReference("scratch").isScratch)
        XCTAssertFalse(ImageReference("scratch:1").isScratch)
    }
}
