// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "backend",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "backend", targets: ["backend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The service itself: settings, routes, the Redis client, the shortener store, logging.
        .target(
            name: "Backend",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The executable: reads the environment, builds the application, runs it.
        .executableTarget(name: "backend", dependencies: ["Backend"]),
        .testTarget(
            name: "BackendTests",
            dependencies: [
                "Backend",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
