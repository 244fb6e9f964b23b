import ArgumentParser
import BoardwalkCore
import BoardwalkGenerator
import Foundation

@main
struct Benchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "boardwalk-bench",
    abstract: "Measure Boardwalk at 1,000, 10,000 and 100,000 actions (docs/performance.md).",
    discussion: "Build in release first: swift build -c release && .build/release/boardwalk-bench",
    subcommands: [Run.self, Measure.self, FirstFrame.self, CompareJQ.self, ImportTracker.self],
    defaultSubcommand: Run.self
  )
}

/// Options shared by the subcommands that generate data.
struct DataOptions: ParsableArguments {
  @Option(help: "Folder to keep generated plans in between runs.") var work =
    NSTemporaryDirectory() + "boardwalk-bench"
  @Option(help: "Generator seed.") var seed: UInt64 = 1
  @Option(help: ArgumentHelp("The day the plans are judged on.", valueName: "YYYY-MM-DD"))
  var today = "2026-06-01"

  var day: CalendarDate { (try? CalendarDate(parsingDay: today)) ?? .today() }

  /// Plans for a size: one per 2,000 actions, as a regional view would have.
  static func plans(for actions: Int) -> Int { max(1, actions / 2000) }

  /// The folder of generated plans for `actions`, generating them if needed.
  func folder(actions: Int) throws -> String {
    let plans = DataOptions.plans(for: actions)
    let folder = "\(work)/\(actions)-\(plans)-\(seed)"
    if FileManager.default.fileExists(atPath: folder + "/.complete") { return folder }
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for file in PlanGenerator(actions: actions, plans: plans, seed: seed).files() {
      try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name))
    }
    guard FileManager.default.createFile(atPath: folder + "/.complete", contents: Data()) else {
      throw ValidationErrorText("\(folder): cannot write there")
    }
    return folder
  }
}

/// The whole benchmark: every size in its own process, SampleData, and jq.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run the whole benchmark (default).")

  @OptionGroup var data: DataOptions
  @Option(help: "Sizes, in actions.") var sizes = "1000,10000,100000"
  @Option(help: "Times the filter is typed per screen size.") var rounds = 10
  @Option(help: ArgumentHelp("Also write the results as JSON here.", valueName: "FILE")) var json:
    String?
  @Flag(help: "Skip the comparison with jq.") var noJQ = false
  @Option(help: ArgumentHelp("SampleData folder to time start to first frame.", valueName: "DIR"))
  var sample = "SampleData"

  func run() throws {
    var results: [SizeRun] = []
    for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
      let folder = try data.folder(actions: size)
      let output = try Child.run([
        "measure", "--data", folder, "--rounds", "\(rounds)", "--today", data.today,
      ])
      results.append(try JSONDecoder().decode(SizeRun.self, from: Data(output.utf8)))
      FileHandle.standardError.write(Data("measured \(size) actions\n".utf8))
    }
    var sampleStart: Double?
    if FileManager.default.fileExists(atPath: sample) {
      sampleStart = try (0..<5).map { _ in
        try Child.timeToMarker(["first-frame", "--data", sample])
      }.sorted()[2]
    }
    var comparison: JQComparison?
    if !noJQ, let largest = results.map(\.actions).max() {
      comparison = try JQComparison.measure(
        folder: try data.folder(actions: largest), actions: largest)
    }
    print(Report.table(results, sampleStart: sampleStart, jq: comparison))
    if let json {
      let report = Report.JSON(
        machine: Report.machine, date: Report.date, sizes: results,
        sampleDataStartToFirstFrameSeconds: sampleStart,
        jq: comparison)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(report).write(to: URL(fileURLWithPath: json))
    }
  }
}

/// One size, measured in this process (run by `run` as a child).
struct Measure: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure one folder of plans; prints JSON.")
  @Option var data: String
  @Option var rounds = 10
  @Option var today = "2026-06-01"
  @Option(
    help: ArgumentHelp("Print keystrokes slower than this to standard error.", valueName: "MS"))
  var slow: Double?

  func run() throws {
    let day = (try? CalendarDate(parsingDay: today)) ?? .today()
    let result = SizeRun.measure(
      folder: data, keystrokeRounds: rounds, today: day, reportSlowerThan: slow)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
  }
}

/// Loads plans and draws the first frame, then prints a marker (timed from outside,
/// so process start is included).
struct FirstFrame: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "first-frame", abstract: "Load and draw once.")
  @Option var data: String

  func run() throws {
    _ = FirstFrameProbe.draw(folder: data)
    print("frame")
  }
}

/// `boardwalk list --filter owner:X --format json` against jq doing the same selection.
struct CompareJQ: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jq", abstract: "Compare `boardwalk list` with jq.")
  @OptionGroup var data: DataOptions
  @Option var actions = 100_000

  func run() throws {
    let comparison = try JQComparison.measure(
      folder: try data.folder(actions: actions), actions: actions)
    print(comparison.summary)
  }
}
