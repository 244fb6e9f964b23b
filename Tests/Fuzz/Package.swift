// swift-tools-version: 6.1
// The fuzzers: one libFuzzer target per property of Sources/BoardwalkProperties. Built and
// run by .ci/fuzz (they need -sanitize=fuzzer, so they are not part of the main package).
import PackageDescription

let targets = ["FuzzPlanLoader", "FuzzFilterParser", "FuzzJournalReader", "FuzzMarkdownWriter"]

let package = Package(
  name: "BoardwalkFuzz",
  platforms: [.macOS(.v14)],
  products: targets.map { .executable(name: $0, targets: [$0]) },
  dependencies: [.package(name: "Boardwalk", path: "../..")],
  targets: targets.map {
    .executableTarget(
      name: $0,
      dependencies: [.product(name: "BoardwalkProperties", package: "Boardwalk")]
    )
  }
)
