import Crypto
import Foundation
import X509

/// A self-signed TLS server certificate and its private key, made in memory.
///
/// The certificate is a leaf, not a CA: CA:FALSE, keyUsage digitalSignature (ECDSA keys
/// sign the handshake; they never encipher keys) and extendedKeyUsage serverAuth. A client
/// trusts it by being given the certificate itself (`curl --cacert cert.pem`).
public struct GeneratedCertificate: Sendable {
    public var request: CertificateRequest
    /// `-----BEGIN CERTIFICATE-----`…
    public var certificatePEM: String
    /// The key as unencrypted PKCS#8 (`-----BEGIN PRIVATE KEY-----`), which nginx reads directly.
    public var privateKeyPEM: String
    public var notBefore: Date
    public var notAfter: Date
    /// The serial number in hex, bytes separated by colons.
    public var serialNumber: String
    /// SHA-256 of the certificate's DER bytes, as browsers show it (`AB:CD:…`).
    public var fingerprint: String

    /// Makes a fresh key and certificate. Valid from an hour before `now`, so a client whose
    /// clock runs a little behind still accepts it, until `request.days` days after `now`.
    public init(request: CertificateRequest, now: Date) throws {
        let start = Date(timeIntervalSince1970: (now.timeIntervalSince1970).rounded(.down))
        let notBefore = start.addingTimeInterval(-3600)
        let notAfter = start.addingTimeInterval(TimeInterval(request.days) * 86_400)
        let key = GeneratedCertificate.makeKey(request.keyType)
        do {
            let subject = try DistinguishedName { CommonName(request.commonName) }
            let extensions = try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames(request.names.map(\.generalName))
            }
            let serial = GeneratedCertificate.randomSerialNumber()
            let certificate = try Certificate(
                version: .v3, serialNumber: serial, publicKey: key.certificateKey.publicKey,
                notValidBefore: notBefore, notValidAfter: notAfter,
                issuer: subject, subject: subject, extensions: extensions,
                issuerPrivateKey: key.certificateKey)
            let pem = try certificate.serializeAsPEM()
            self.certificatePEM = withFinalNewline(pem.pemString)
            self.fingerprint = SHA256.hash(data: pem.derBytes).map { hexByte($0) }.joined(separator: ":")
            self.serialNumber = serial.bytes.map { hexByte($0) }.joined(separator: ":")
        } catch {
            throw CertificateError(.generationFailed, subject: "certificate", message: """
                could not be built (\(error)); this is a bug in berth, please report it with the \
                names you asked for
                """)
        }
        self.request = request
        self.privateKeyPEM = withFinalNewline(key.pem)
        self.notBefore = notBefore
        self.notAfter = notAfter
    }

    /// A new key as X509 signs with it and as PEM text for the key file.
    private static func makeKey(_ type: CertificateRequest.KeyType) -> (certificateKey: Certificate.PrivateKey, pem: String) {
        switch type {
        case .p256:
            let key = P256.Signing.PrivateKey()
            return (Certificate.PrivateKey(key), key.pemRepresentation)
        case .p384:
            let key = P384.Signing.PrivateKey()
            return (Certificate.PrivateKey(key), key.pemRepresentation)
        }
    }

    /// 20 random bytes with the top bit clear: positive and within RFC 5280's 20-octet limit
    /// (a set top bit would need a 21st, zero byte). The first byte is never zero, so the
    /// number keeps all 20 bytes.
    private static func randomSerialNumber() -> Certificate.SerialNumber {
        var generator = SystemRandomNumberGenerator()
        let bytes = [UInt8.random(in: 1...0x7F, using: &generator)]
            + (1..<20).map { _ in UInt8.random(in: 0...UInt8.max, using: &generator) }
        return Certificate.SerialNumber(bytes: bytes)
    }
}

private func hexByte(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
}

/// PEM files end with a newline; some tools (and `cat cert.pem key.pem`) need it.
private func withFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? text : text + "\n"
}
