// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Boardwalk",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "boardwalk", targets: ["boardwalk"]),
    .executable(name: "boardwalk-bench", targets: ["boardwalk-bench"]),
    .library(name: "BoardwalkCore", targets: ["BoardwalkCore"]),
    .library(name: "BoardwalkDocuments", targets: ["BoardwalkDocuments"]),
    .library(name: "BoardwalkMeeting", targets: ["BoardwalkMeeting"]),
    .library(name: "BoardwalkProperties", targets: ["BoardwalkProperties"]),
    .library(name: "BoardwalkSpreadsheets", targets: ["BoardwalkSpreadsheets"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
  ],
  targets: [
    // The one system library: ncursesw, used only by BoardwalkTerminal.
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
    ),
    // The loops that look at every byte of a plan file: SSE2 where there is SSE2.
    .target(name: "CByteScan"),
    // SHA-256 rounds with the processor's SHA instructions, where it has them.
    .target(name: "CDigest"),
    // The one setting Boardwalk gives the C allocator (large blocks returned when freed).
    .target(name: "CAllocator"),
    // Model, loading, validation, store, dates, rating scales, filter grammar, aggregation.
    // Knows nothing of terminals.
    .target(name: "BoardwalkCore", dependencies: ["CByteScan", "CAllocator", "CDigest"]),
    // Documents: the one model of a board paper (minutes, packs) and one writer per format:
    // Markdown, HTML and Word (Office Open XML, packed with ZIPFoundation).
    .target(
      name: "BoardwalkDocuments",
      dependencies: [
        "BoardwalkCore",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // Meetings: the journal of what a board says and decides, the agenda, minutes, and
    // writing the outcome back into plan files.
    .target(name: "BoardwalkMeeting", dependencies: ["BoardwalkCore", "BoardwalkDocuments"]),
    // Spreadsheet trackers in and out: reading Excel workbooks and CSV files into plan
    // documents (the same plan values the JSON loader gives), and writing Excel workbooks.
    // The core never knows about spreadsheets: it sees the plan documents they become.
    .target(
      name: "BoardwalkSpreadsheets",
      dependencies: [
        "BoardwalkCore",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    // The properties every input must keep, checked by the fuzzers (Tests/Fuzz) and by the
    // regression tests that replay their corpora.
    .target(name: "BoardwalkProperties", dependencies: ["BoardwalkCore", "BoardwalkMeeting"]),
    // Plan files of realistic shape for benchmarks and tests.
    .target(name: "BoardwalkGenerator", dependencies: ["BoardwalkCore"]),
    // The screen as pure functions: state, update, render into a grid of cells, themes, keys.
    .target(name: "BoardwalkUI", dependencies: ["BoardwalkCore", "BoardwalkMeeting"]),
    // The only code that touches ncurses: starts and restores the terminal, reads events,
    // copies grids to the screen.
    .target(name: "BoardwalkTerminal", dependencies: ["BoardwalkUI", "CNcursesw"]),
    .executableTarget(
      name: "boardwalk",
      dependencies: [
        "BoardwalkCore",
        "BoardwalkMeeting",
        "BoardwalkDocuments",
        "BoardwalkUI",
        "BoardwalkTerminal",
        "BoardwalkGenerator",
        "BoardwalkSpreadsheets",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The benchmark of issue 5: swift build -c release && .build/release/boardwalk-bench
    .executableTarget(
      name: "boardwalk-bench",
      dependencies: [
        "BoardwalkCore", "BoardwalkMeeting", "BoardwalkUI", "BoardwalkGenerator",
        "BoardwalkSpreadsheets",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What more than one test target needs: scratch folders, the built binary, a disk that
    // fills up, read-only files and folders, HTML as cmark-gfm renders it. For the tests
    // only: no product.
    .target(name: "BoardwalkTestSupport", path: "Tests/BoardwalkTestSupport"),
    .testTarget(
      name: "BoardwalkCoreTests", dependencies: ["BoardwalkCore", "BoardwalkTestSupport"]),
    .testTarget(
      name: "BoardwalkUITests",
      dependencies: [
        "BoardwalkUI",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "BoardwalkScreenTests",
      dependencies: [
        "BoardwalkCore", "BoardwalkTestSupport",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["Board/__Snapshots__"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "BoardwalkMeetingTests",
      dependencies: [
        "BoardwalkMeeting",
        "BoardwalkDocuments",
        "BoardwalkTestSupport",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__", "Minutes/__Snapshots__"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "BoardwalkDocumentsTests",
      dependencies: [
        "BoardwalkDocuments", "BoardwalkCore", "BoardwalkTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "BoardwalkLoadingTests",
      dependencies: ["BoardwalkCore", "BoardwalkTestSupport"],
      resources: [.copy("BadPlans")]
    ),
    // Every fuzzing seed and every crash the fuzzers found, replayed through the properties.
    .testTarget(name: "BoardwalkRegressionTests", dependencies: ["BoardwalkProperties"]),
    .testTarget(
      name: "BoardwalkCLITests",
      dependencies: [
        "BoardwalkCore", "BoardwalkMeeting", "BoardwalkTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "BoardwalkSpreadsheetTests",
      dependencies: ["BoardwalkSpreadsheets", "BoardwalkCore", "BoardwalkTestSupport"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
