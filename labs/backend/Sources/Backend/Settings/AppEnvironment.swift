/// `APP_ENV`: what kind of deployment this is.
public enum AppEnvironment: String, Sendable, CaseIterable {
    /// Extra start-up checks, debug logs by default, and `GET /api/slow` for drain experiments.
    case development
    /// The quiet default.
    case production
}
