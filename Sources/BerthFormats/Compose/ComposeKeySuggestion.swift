/// Where a compose key written at the wrong level belongs; `NameSuggestion` covers plain typos.
enum ComposeKeySuggestion {
    /// Service keys written at the wrong level, or from the old docker-compose, and where they go now.
    static let movedServiceKeys: [String: String] = [
        "dockerfile": "under `build:` (`build: {context: ., dockerfile: Dockerfile.dev}`)",
        "context": "under `build:` (`build: {context: ./app}`)",
        "args": "under `build:` (`build: {context: ., args: {A: 1}}`)",
        "target": "under `build:` (`build: {context: ., target: runtime}`)",
        "replicas": "under `deploy:` (`deploy: {replicas: 3}`)",
        "resources": "under `deploy:` (`deploy: {resources: {limits: {memory: 256m}}}`)",
        "net": "in `network_mode:` now (`network_mode: host`)",
        "log_driver": "in `logging:` now (`logging: {driver: json-file}`)",
        "log_opt": "in `logging:` now (`logging: {options: {max-size: 10m}}`)",
        "volume_driver": "on the top-level volume now (`volumes: {data: {driver: local}}`)",
        "interval": "under `healthcheck:`", "timeout": "under `healthcheck:`", "retries": "under `healthcheck:`",
        "test": "under `healthcheck:` (`healthcheck: {test: [\"CMD\", \"true\"]}`)",
    ]
}
