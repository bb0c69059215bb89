import ArgumentParser
import BerthLabs
import BerthNotes
import Foundation

/// `berth cert [DIR]`: a development certificate and key for the TLS task, without openssl.
struct CertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cert",
        abstract: "Make a self-signed certificate and private key for localhost, for the TLS task.",
        discussion: """
        Writes DIR/cert.pem and DIR/key.pem (DIR is ./certs unless given): an ECDSA P-256 \
        certificate for localhost, 127.0.0.1 and ::1, plus every --name, and its private key, \
        readable only by you (mode 0600). No openssl is needed.

        The TLS task mounts the folder read-only into the proxy. In compose.yaml, under the \
        proxy service:
            volumes:
              - ./proxy/certs:/etc/nginx/certs:ro
        and in proxy/nginx.conf, in the server that listens on 443:
            listen 443 ssl;
            ssl_certificate     /etc/nginx/certs/cert.pem;
            ssl_certificate_key /etc/nginx/certs/key.pem;

        Browsers warn about a self-signed certificate; curl trusts it with --cacert DIR/cert.pem. \
        Existing files are kept unless you pass --force, and a symbolic link in their place is \
        always refused.

        Exit status: 0 when both files were written, 2 for a bad option or a folder that cannot \
        take them.

        Examples:
          berth cert proxy/certs                        the pair the TLS task mounts
          berth cert proxy/certs --name app.localhost --name 192.168.1.20
          berth cert proxy/certs --days 30 --force      replace the pair with a short-lived one
        """
    )

    @Argument(help: ArgumentHelp("The folder for cert.pem and key.pem; created when missing.", valueName: "dir"))
    var directory = "certs"

    @Option(name: .customLong("name"), help: ArgumentHelp(
        "Another DNS name or IP address the certificate covers (repeatable).", valueName: "name"))
    var names: [String] = []

    @Option(help: ArgumentHelp("How many days the certificate stays valid, 1 to 825.", valueName: "n"))
    var days = CertificateRequest.defaultDays

    @Flag(help: "Replace cert.pem and key.pem when they exist.")
    var force = false

    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        _ = try request()
    }

    func run() throws {
        let terminal = Terminal.current(environment: ProcessInfo.processInfo.environment)
        let style = TerminalStyle(color: colorOptions.usesColor(in: terminal), hyperlinks: false)
        let request = try request()
        do {
            let certificate = try GeneratedCertificate(request: request, now: Date())
            let files = try CertificateWriter(directory: directory, replacesExisting: force).write(certificate)
            print(CertificateSummaryWriter(style: style).write(certificate, files: files), terminator: "")
        } catch let error as CertificateError {
            throw CommandFailure(error.description)
        }
    }

    /// The request the options describe, or a usage error naming the option to change.
    private func request() throws -> CertificateRequest {
        do {
            return try CertificateRequest(extraNames: names, days: days)
        } catch let error as CertificateError {
            switch error.kind {
            case .invalidName: throw ValidationError("--name \(error.subject): \(error.message).")
            case .invalidValidity: throw ValidationError("--days \(days): \(error.message).")
            default: throw error
            }
        }
    }
}
