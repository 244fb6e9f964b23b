import Foundation
import Testing

/// One file of a fuzzer's seed corpus or crash folder, named by its path under Tests/Fuzz.
struct FuzzInput: Sendable, CustomTestStringConvertible {
  /// `Corpus/FuzzPlanLoader/valid-minimal.json`, `Crashes/FuzzFilterParser/crash-...`.
  let path: String

  var testDescription: String { path }

  /// The file's bytes.
  func bytes() throws -> [UInt8] {
    Array(try Data(contentsOf: FuzzInput.fuzzFolder.appendingPathComponent(path)))
  }

  /// Tests/Fuzz, found from this file's place in the repository.
  static let fuzzFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

  /// Every seed of `target` (Corpus/TARGET) and every crash input kept for it
  /// (Crashes/TARGET), in name order; hidden files are skipped.
  static func all(for target: String) -> [FuzzInput] {
    ["Corpus", "Crashes"].flatMap { folder in
      let directory = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map {
        FuzzInput(path: "\(folder)/\(target)/\($0)")
      }
    }
  }

  /// The number of seeds of `target`.
  static func seedCount(for target: String) -> Int {
    all(for: target).filter { $0.path.hasPrefix("Corpus/") }.count
  }
}
