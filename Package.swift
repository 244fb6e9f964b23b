// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Boardwalk",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "boardwalk", targets: ["boardwalk"]),
    .library(name: "BoardwalkCore", targets: ["BoardwalkCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The one system library: ncursesw, used only by BoardwalkTerminal.
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
    ),
    // Model, loading, validation, store, dates, rating scales, filter grammar, aggregation.
    // Knows nothing of terminals.
    .target(name: "BoardwalkCore"),
    .executableTarget(
      name: "boardwalk",
      dependencies: [
        "BoardwalkCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "BoardwalkCoreTests", dependencies: ["BoardwalkCore"]),
    .testTarget(
      name: "BoardwalkLoadingTests",
      dependencies: ["BoardwalkCore"],
      resources: [.copy("BadPlans")]
    ),
    .testTarget(
      name: "BoardwalkCLITests",
      dependencies: ["BoardwalkCore"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
