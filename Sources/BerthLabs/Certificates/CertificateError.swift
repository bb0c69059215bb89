/// Why a certificate could not be made or written, said so the user knows what to do.
///
/// Printed as `subject: message`, where the subject is what the problem is about: the
/// folder given to `berth cert`, or a name asked for.
public struct CertificateError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// A name that is neither a DNS name nor an IP address.
        case invalidName
        /// A validity outside `CertificateRequest.allowedDays`.
        case invalidValidity
        /// The destination is not a folder, or cannot be created or opened.
        case unusableDirectory
        /// `cert.pem` or `key.pem` exists and replacing was not asked for.
        case alreadyExists
        /// A destination file is a symbolic link, which berth never writes through.
        case symbolicLink
        /// Writing, syncing or renaming a file failed.
        case writeFailed
        /// The cryptography library refused to build or sign the certificate.
        case generationFailed
    }

    public var kind: Kind
    public var subject: String
    public var message: String

    public init(_ kind: Kind, subject: String, message: String) {
        self.kind = kind
        self.subject = subject
        self.message = message
    }

    public var description: String { subject.isEmpty ? message : "\(subject): \(message)" }
}
