import BerthTerminal
import Foundation

/// What `berth cert` prints after writing: the files, the names the certificate covers,
/// when it expires, and how to trust it.
public struct CertificateSummaryWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func write(_ certificate: GeneratedCertificate, files: CertificateWriter.Files) -> String {
        let names = certificate.request.names.map(\.description).joined(separator: ", ")
        let days = certificate.request.days
        let lines = [
            "\(style.foreground(.green, "wrote")) \(files.certificate)  certificate, mode 0644",
            "\(style.foreground(.green, "wrote")) \(files.key)  private key, mode 0600",
            "  \(style.bold("names"))    \(names)",
            "  \(style.bold("expires"))  \(CertificateSummaryWriter.timestamp(certificate.notAfter)) "
                + "(in \(days) \(days == 1 ? "day" : "days"))",
            "  \(style.bold("sha-256"))  \(certificate.fingerprint)",
            "",
            "Clients trust it when given the certificate itself, for example:",
            "  curl --cacert \(files.certificate) https://localhost/",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// `2026-01-31 12:00:00 UTC`: UTC so the text is the same in every time zone.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date) + " UTC"
    }
}
