import Foundation

extension Settings {
    /// Mistakes that still let the service start but will surprise you later. Only
    /// `APP_ENV=development` runs these, the way `python -X dev` turns on extra warnings.
    /// - Parameter fileExists: whether a path exists, and whether it is a directory.
    public func developmentWarnings(
        fileExists: (String) -> (exists: Bool, isDirectory: Bool) = Settings.localFileExists
    ) -> [String] {
        var warnings: [String] = []
        for origin in corsAllowedOrigins where origin != "*" {
            let afterScheme = origin.split(separator: "/", omittingEmptySubsequences: false).dropFirst(3)
            if !afterScheme.isEmpty {
                warnings.append("CORS_ALLOW_ORIGIN \"\(origin)\" has a path or a trailing slash; browsers send the origin without one, so it never matches: write \(origin.split(separator: "/").prefix(2).joined(separator: "//"))")
            }
        }
        if corsAllowedOrigins.contains("*") {
            warnings.append("CORS_ALLOW_ORIGIN=* lets any web page call this API; name the front-end's origin instead, e.g. http://localhost:9000")
        }
        if let staticDirectory {
            let folder = fileExists(staticDirectory)
            if !folder.exists || !folder.isDirectory {
                warnings.append("STATIC_DIR=\(staticDirectory) is not a folder; GET / will answer 404 until it exists")
            } else if !fileExists(staticDirectory + "/index.html").exists {
                warnings.append("STATIC_DIR=\(staticDirectory) has no index.html; GET / will answer 404")
            }
        }
        if let database, database.password?.isEmpty ?? true {
            warnings.append("DB_PASS is empty; PostgreSQL will refuse the connection unless it trusts \(database.user) without a password")
        }
        if redis == nil {
            warnings.append("REDIS_HOST is not set; /api/hits and the short-link cache are off")
        }
        if database == nil {
            warnings.append("DB_HOST is not set; /shorten, /expand and short links are off")
        }
        return warnings
    }

    /// Asks the local file system.
    public static func localFileExists(_ path: String) -> (exists: Bool, isDirectory: Bool) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return (exists, isDirectory.boolValue)
    }
}
