// swift-tools-version:6.1
import PackageDescription

// Data flows one way: importer -> instances -> classifier -> analysis -> reporters, the store
// beside the pipeline; AltitudeWorkspace runs it for a leader, the CLI parses and writes.
// Each stage is its own target; only AltitudeImporter sees libical, only AltitudeStore SQLite.
let package = Package(
    name: "Altitude",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "altitude", targets: ["altitude"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        // Reading Altitude's hand-written YAML (rules, profiles, config.yaml) with every problem at its
        // file:line:column. Below both AltitudeRules and AltitudeMail, which read their own sections with
        // it: mail settings have nothing to do with rules, so neither depends on the other, and the
        // model stays free of Yams.
        .target(
            name: "AltitudeYAML",
            dependencies: ["AltitudeModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "AltitudeImporter",
            dependencies: ["CLibical", "CZoneNames", "AltitudeModel"]
        ),
        .executableTarget(name: "EmbedRulesTool"),
        .plugin(name: "EmbedRulesPlugin", capability: .buildTool(), dependencies: ["EmbedRulesTool"],
                path: "Sources/EmbedRulesPlugin"),
        .target(
            name: "AltitudeRules",
            dependencies: ["AltitudeModel", "AltitudeYAML", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRulesPlugin"]
        ),
        .target(
            name: "AltitudeStore",
            dependencies: ["AltitudeModel", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // Transfers through a libcurl opened on first use, one file per protocol: HTTP(S) for
        // feeds, SMTP for the digest.
        .target(name: "CCurlTransfers"),
        .target(
            name: "AltitudeFeeds",
            dependencies: ["AltitudeModel", "CCurlTransfers"]
        ),
        // A child process bound to its parent (PR_SET_PDEATHSIG), which neither Foundation's
        // Process nor swift-subprocess can ask for: the sendmail a killed digest run started dies
        // with it instead of delivering a message the store never recorded.
        .target(name: "CBoundProcess"),
        // Sending the digest: the `mail:` section of config.yaml and its transports (SMTP through
        // CCurlTransfers, the local sendmail through CBoundProcess), each registered once in
        // MailTransportRegistry.
        .target(
            name: "AltitudeMail",
            dependencies: ["AltitudeModel", "AltitudeYAML", "CBoundProcess", "CCurlTransfers", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "AltitudeAnalysis",
            dependencies: ["AltitudeModel", "AltitudeRules"]
        ),
        .target(
            name: "AltitudeReporters",
            dependencies: ["AltitudeModel", "AltitudeRules", "AltitudeAnalysis"]
        ),
        // The workflow every command, the digest and the portfolio share: a
        // workspace (clock, zone, directories, store) and a leader's analysis.
        .target(
            name: "AltitudeWorkspace",
            dependencies: ["AltitudeModel", "AltitudeYAML", "AltitudeImporter", "AltitudeRules", "AltitudeStore", "AltitudeFeeds",
                           "AltitudeMail", "AltitudeAnalysis", "AltitudeReporters"]
        ),
        .target(
            name: "AltitudeCLI",
            dependencies: [
                "AltitudeModel", "AltitudeReporters", "AltitudeWorkspace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "altitude", dependencies: ["AltitudeCLI"]),
        // What several test targets share: a seeded generator for property tests, a leader's meetings as values, the loopback servers' launcher.
        .target(name: "TestSupport", dependencies: ["AltitudeModel"], path: "Tests/TestSupport"),
        .testTarget(name: "AltitudeModelTests", dependencies: ["AltitudeModel"]),
        .testTarget(
            name: "AltitudeImporterTests",
            dependencies: ["AltitudeImporter", "AltitudeModel", "CLibical", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AltitudeRulesTests",
            dependencies: ["AltitudeRules", "AltitudeModel"]
        ),
        .testTarget(
            name: "AltitudeMailTests",
            dependencies: ["AltitudeMail", "AltitudeYAML", "AltitudeModel", "TestSupport"]
        ),
        .testTarget(
            name: "AltitudeAnalysisTests",
            dependencies: ["AltitudeAnalysis", "AltitudeRules", "AltitudeModel", "TestSupport"]
        ),
        .testTarget(
            name: "AltitudeStoreTests",
            dependencies: ["AltitudeStore", "AltitudeModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Golden files rendered in-process from values: every format, no process started.
        .testTarget(
            name: "AltitudeReportersTests",
            dependencies: ["AltitudeReporters", "AltitudeAnalysis", "AltitudeRules", "AltitudeModel", "TestSupport"],
            exclude: ["golden"]
        ),
        .testTarget(name: "AltitudeWorkspaceTests", dependencies: ["AltitudeWorkspace", "AltitudeModel", "AltitudeStore"]),
        .testTarget(
            name: "AltitudeCLITests",
            dependencies: ["altitude", "AltitudeModel", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Reports", "OrgCharts"]  // fixtures and golden files, read by path from the repository
        ),
    ],
    swiftLanguageModes: [.v6]
)
