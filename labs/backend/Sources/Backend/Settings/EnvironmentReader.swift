import Logging

/// Reads typed values from environment variables, turning each bad one into a `SettingsError`.
struct EnvironmentReader {
    var values: [String: String]

    /// A non-empty value; an empty `FOO=` counts as unset, as compose writes it for `FOO:`.
    func text(_ name: String) -> String? {
        guard let value = values[name]?.trimmingWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    func port(_ name: String) throws(SettingsError) -> Int? {
        guard let value = text(name) else { return nil }
        guard let port = Int(value), (1...65535).contains(port) else {
            throw SettingsError(variable: name, message: "\(name)=\"\(value)\" is not a port number; set it to a number from 1 to 65535, or remove it to use the default")
        }
        return port
    }

    func flag(_ name: String) throws(SettingsError) -> Bool? {
        guard let value = text(name) else { return nil }
        switch value.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            throw SettingsError(variable: name, message: "\(name)=\"\(value)\" is not a switch; set it to 1 (on) or 0 (off)")
        }
    }

    func logLevel(_ name: String) throws(SettingsError) -> Logger.Level? {
        guard let value = text(name) else { return nil }
        guard let level = Logger.Level(rawValue: value.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw SettingsError(variable: name, message: "\(name)=\"\(value)\" is not a log level; use one of \(names)")
        }
        return level
    }

    func appEnvironment() throws(SettingsError) -> AppEnvironment {
        guard let value = text("APP_ENV") else { return .production }
        guard let environment = AppEnvironment(rawValue: value.lowercased()) else {
            throw SettingsError(variable: "APP_ENV", message: "APP_ENV=\"\(value)\" is not known; use development or production")
        }
        return environment
    }

    /// A comma-separated list of origins such as `http://localhost:9000`, or `*`.
    func origins(_ name: String) throws(SettingsError) -> [String] {
        guard let value = text(name) else { return [] }
        let origins = value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        for origin in origins where origin != "*" && !origin.hasPrefix("http://") && !origin.hasPrefix("https://") {
            throw SettingsError(variable: name, message: "\(name) holds \"\(origin)\", which is not an origin; write scheme, host and port, as in http://localhost:9000, or *")
        }
        return origins
    }

    func redis() throws(SettingsError) -> Settings.Endpoint? {
        guard let host = text("REDIS_HOST") else {
            if text("REDIS_PORT") != nil {
                throw SettingsError(variable: "REDIS_PORT", message: "REDIS_PORT is set but REDIS_HOST is not; set REDIS_HOST to the Redis service's name, e.g. redis")
            }
            return nil
        }
        return Settings.Endpoint(host: host, port: try port("REDIS_PORT") ?? Settings.defaultRedisPort)
    }

    func database() throws(SettingsError) -> Settings.Database? {
        guard let host = text("DB_HOST") else {
            for name in ["DB_PORT", "DB_NAME", "DB_USER"] where text(name) != nil {
                throw SettingsError(variable: name, message: "\(name) is set but DB_HOST is not; set DB_HOST to the PostgreSQL service's name, e.g. db")
            }
            return nil
        }
        let endpoint = Settings.Endpoint(host: host, port: try port("DB_PORT") ?? Settings.defaultDatabasePort)
        guard let name = text("DB_NAME") else {
            throw SettingsError(variable: "DB_NAME", message: "DB_HOST is set but DB_NAME is not; set DB_NAME to the database that db/init.sql created")
        }
        guard let user = text("DB_USER") else {
            throw SettingsError(variable: "DB_USER", message: "DB_HOST is set but DB_USER is not; set DB_USER to the PostgreSQL user (POSTGRES_USER in the db service)")
        }
        // A password may legitimately be empty (trust authentication), so it is not trimmed away.
        return Settings.Database(endpoint: endpoint, name: name, user: user, password: values["DB_PASS"])
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
