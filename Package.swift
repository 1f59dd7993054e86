// swift-tools-version:6.1
import PackageDescription

// Data flows one way: importer -> instances -> store -> classifier -> analysis -> reporters.
// Each stage is its own target; only AltitudeImporter sees libical.
let package = Package(
    name: "Altitude",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "altitude", targets: ["altitude"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibical",
            path: "Sources/CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        .target(
            name: "CZoneNames",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(name: "AltitudeModel"),
        .target(
            name: "AltitudeImporter",
            dependencies: ["CLibical", "CZoneNames", "AltitudeModel"]
        ),
        .target(
            name: "AltitudeReporters",
            dependencies: ["AltitudeModel"]
        ),
        .target(
            name: "AltitudeCLI",
            dependencies: [
                "AltitudeModel", "AltitudeImporter", "AltitudeReporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "altitude", dependencies: ["AltitudeCLI"]),
        .testTarget(
            name: "AltitudeImporterTests",
            dependencies: ["AltitudeImporter", "AltitudeModel", "CLibical"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AltitudeCLITests",
            dependencies: ["altitude", "AltitudeModel"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
