import BoardwalkTestSupport
import Foundation

/// Asks the headless command line how many SampleData actions a filter keeps: the
/// independent answer the screen's header count must agree with.
enum ListQuery {
  struct Failure: Error, CustomStringConvertible {
    let result: ChildResult
    var description: String { "boardwalk list did not print a JSON array: \(result)" }
  }

  /// `boardwalk list SampleData --today 2026-11-22 --filter FILTER --format json`, counted.
  static func count(filter: String) throws -> Int {
    let result = try ChildProcess.run(
      [
        try BinaryLocator.boardwalk(besides: .module), "list", PackagePaths.sampleData, "--today",
        PackagePaths.sampleToday, "--filter", filter, "--format", "json",
      ], environment: ChildEnvironment.standard)
    guard result.exit.status == 0,
      let actions = try? JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Any]
    else {
      throw Failure(result: result)
    }
    return actions.count
  }

  /// The actions in every SampleData file, counted from the files themselves.
  static func sampleDataActionCount() throws -> Int {
    let folder = URL(fileURLWithPath: PackagePaths.sampleData)
    let files = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "json" }
    return try files.reduce(0) { total, file in
      let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
      return total + ((plan?["actions"] as? [Any])?.count ?? 0)
    }
  }
}
