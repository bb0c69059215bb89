import BerthFormats
import BerthTestSupport
import Foundation
import XCTest

/// Reading a config from a repository: files too large, not UTF-8, or leading outside it
/// (by `..`, an absolute path or a symlink) are refused with the position to look at,
/// and the rest is still read.
final class NginxReadingTests: XCTestCase {
    private func load(_ repository: TemporaryDirectory, _ file: String = "nginx.conf") -> NginxConfig {
        NginxConfig.load(path: file, reader: SourceReader(root: repository.path))
    }

    private func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    func testFilesOverTenMegabytesAreRefused() throws {
        let repository = try TemporaryDirectory()
        try repository.write("nginx.conf", "events {}\nhttp {\n    include big.conf;\n    sendfile on;\n}\n")
        try repository.write("big.conf", Data(repeating: UInt8(ascii: "#"), count: SourceText.maximumSize + 1))
        let config = load(repository)
        let error = try XCTUnwrap(config.errors.first { $0.kind == .tooLarge })
        XCTAssertEqual(error.location, at("big.conf", 1, 1))
        XCTAssertTrue(error.message.contains("10 MB"), error.message)
        XCTAssertEqual(config.directives(named: "sendfile").count, 1, "the including file is still read")

        let alone = load(repository, "big.conf")
        XCTAssertEqual(alone.errors.map(\.kind), [.tooLarge])
        XCTAssertFalse(alone.files[0].wasRead)
    }

    func testBinaryGarbageAndInvalidUTF8AreRefusedAtTheFirstBadByte() throws {
        let repository = try TemporaryDirectory()
        var garbage = Array("user nginx;\nworker_processes 1;\nab".utf8)
        garbage += [0xFF, 0xFE, 0x00, 0x13, 0x88, 0xC0, 0x7F]
        try repository.write("binary.conf", Data(garbage))
        try repository.write("nul.conf", "events {}\nhttp {\u{0}}\n")
        try repository.write("nginx.conf", "events {}\nhttp {\n    include café.conf;\n    server { listen 80; }\n}\n")
        try repository.write("café.conf", Data(Array("server_name ok;\nserver_name ".utf8) + [0xE9, 0x3B]))

        let binary = load(repository, "binary.conf")
        XCTAssertEqual(binary.errors.map(\.kind), [.invalidEncoding])
        XCTAssertEqual(binary.errors.first?.location, at("binary.conf", 3, 3))
        XCTAssertEqual(load(repository, "nul.conf").errors.first?.location, at("nul.conf", 2, 7))

        let included = load(repository)
        XCTAssertEqual(included.errors.map(\.kind), [.invalidEncoding])
        XCTAssertEqual(included.errors.first?.location, at("café.conf", 2, 13))
        XCTAssertEqual(included.servers.count, 1, "the including file is still read")
    }

    func testIncludesLeavingTheRepositoryAreRefusedAtTheInclude() throws {
        let outside = try TemporaryDirectory(prefix: "berth-outside")
        try outside.write("secret.conf", "server_tokens on;\n")
        let repository = try TemporaryDirectory()
        try repository.write("conf/nginx.conf", """
            events {}
            http {
                include ../../secret.conf;
                include ../conf/../../*.conf;
                include link.conf;
                include conf.d/*.conf;
            }

            """)
        try repository.write("conf/conf.d/ok.conf", "sendfile on;\n")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: repository.path + "/conf/link.conf", withDestinationPath: outside.path + "/secret.conf")
        try manager.createSymbolicLink(atPath: repository.path + "/conf/conf.d/evil.conf", withDestinationPath: outside.path + "/secret.conf")

        let config = load(repository, "conf/nginx.conf")
        let refused = config.errors.filter { $0.kind == .outsideRepository }
        XCTAssertEqual(refused.map(\.location), [at("conf/nginx.conf", 3, 13), at("conf/nginx.conf", 4, 13),
                                                  at("conf/nginx.conf", 5, 13), at("conf/nginx.conf", 6, 13)])
        XCTAssertTrue(refused.allSatisfy { $0.severity == .error })
        XCTAssertTrue(refused[3].message.contains("conf/conf.d/evil.conf"), refused[3].message)
        XCTAssertTrue(config.directives(named: "server_tokens").isEmpty, "nothing outside was read")
        XCTAssertEqual(config.directives(named: "sendfile").count, 1)
    }

    func testAMainFileThatIsASymlinkOutsideIsNotRead() throws {
        let outside = try TemporaryDirectory(prefix: "berth-outside")
        try outside.write("nginx.conf", "events {}\n")
        let repository = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/nginx.conf",
                                                   withDestinationPath: outside.path + "/nginx.conf")
        let config = load(repository)
        XCTAssertEqual(config.errors.map(\.kind), [.outsideRepository])
        XCTAssertEqual(config.errors.first?.location, at("nginx.conf", 1, 1))
        XCTAssertFalse(config.files[0].wasRead)
    }

    func testIncludeCyclesAreCutAndNamed() throws {
        let repository = try TemporaryDirectory()
        try repository.write("nginx.conf", "events {}\nhttp { include self.conf; }\n")
        try repository.write("self.conf", "gzip on;\ninclude self.conf;\n")
        let config = load(repository)
        let cycle = try XCTUnwrap(config.errors.first { $0.kind == .includeCycle })
        XCTAssertEqual(cycle.location, at("self.conf", 2, 9))
        XCTAssertEqual(config.directives(named: "gzip").count, 1)
    }
}
