import Foundation

/// A throwaway certificate and key for `localhost`, made with the openssl command.
public enum SelfSignedCertificate {
    /// Writes `cert.pem` and `key.pem` into `directory` and returns their paths.
    public static func write(into directory: TemporaryDirectory) throws -> (certificate: String, key: String) {
        let certificate = directory.path + "/cert.pem"
        let key = directory.path + "/key.pem"
        let result = try CommandRunner.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ])
        guard result.status == 0 else { throw TestServerError("openssl failed: \(result.stderr)") }
        return (certificate, key)
    }
}
