import ArgumentParser
import BoardwalkCore
import BoardwalkGenerator
import Foundation

@main
struct Benchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "boardwalk-bench",
    abstract:
      "Measure Boardwalk: 1,000 to 100,000 actions, compact and pretty files, hostile shapes, growth to 1,000,000, side by side with jq (docs/performance.md).",
    discussion: "Build in release first: swift build -c release && .build/release/boardwalk-bench",
    subcommands: [
      Run.self, Measure.self, Probe.self, FirstFrame.self, CompareJQ.self, ImportTracker.self,
    ],
    defaultSubcommand: Run.self
  )

  /// Memory as the app has it (each measuring child starts here too).
  static func main() {
    ProcessMemory.returnLargeBlocksPromptly()
    main(nil)
  }
}

/// The whole benchmark: every size and dataset in its own process, the hostile shapes, the
/// growth check, SampleData, jq; then every target, met or not.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run the whole benchmark (default).")

  @OptionGroup var data: DataOptions
  @Option(help: "Sizes of the standard pretty plans, in actions.") var sizes = "1000,10000,100000"
  @Option(help: "Times the filter is typed per screen size.") var rounds = 10
  @Option(help: "Times each size and dataset is measured (the median of each figure is kept).")
  var repeats = 3
  @Option(help: ArgumentHelp("Also write the results as JSON here.", valueName: "FILE")) var json:
    String?
  @Flag(help: "Skip the comparisons with jq.") var noJQ = false
  @Option(help: "Timed runs of each side in a jq comparison.") var jqRuns = 3
  @Option(help: ArgumentHelp("SampleData folder to time start to first frame.", valueName: "DIR"))
  var sample = "SampleData"
  @Option(
    help: "Actions in the compact and small datasets and the jq comparisons (0: none).")
  var datasetActions = 100_000
  @Option(help: "Characters in the long word (0: skip).") var longWord = 1_000_000
  @Option(help: "Depths of the area chains (empty: skip).") var chains = "8000,20000"
  @Option(help: "Notes in the meeting journal for minutes and the meeting (0: skip).")
  var journalNotes = 40_000
  @Option(help: "Entries recorded in the timed meeting.") var meetingEntries = 40
  @Option(help: "Distinct owners for the owner picker, ten to an action (0: skip).") var owners =
    1_000_000
  @Option(help: "Sizes of the growth check, small compact actions (empty: skip).") var growth =
    "10000,100000,1000000"
  @Option(help: "Times the owner picker is opened, typed in and closed.") var pickerRounds = 3
  @Option(help: "Times the long word's detail is scrolled through (0: first frame only).")
  var longWordRounds = 3
  @Option(
    help: ArgumentHelp(
      "Run only these parts: sizes, datasets, sample, jq, long-word, chains, minutes, meeting, picker, growth.",
      valueName: "PARTS"))
  var only: String?

  /// Whether `part` is to be run.
  private func includes(_ part: String) -> Bool {
    only.map { $0.split(separator: ",").contains { $0 == part } } ?? true
  }

  func run() throws {
    var report = Report.JSON(machine: Report.machine, date: Report.date, sizes: [])
    for size in Self.numbers(sizes) where includes("sizes") {
      report.sizes.append(try measure(try data.folder(actions: size)))
      note("measured \(size) standard actions")
    }
    if datasetActions > 0, includes("datasets") {
      for (shape, layout) in [
        (Dataset.Shape.standard, JSONLayout.compact), (.small, .pretty), (.small, .compact),
      ] {
        let dataset = Dataset(shape: shape, layout: layout, actions: datasetActions)
        var run = try measure(try data.folder(dataset))
        run.label = dataset.label
        report.datasets.append(run)
        note("measured \(dataset.label) at \(datasetActions)")
      }
    }
    if includes("sample"), FileManager.default.fileExists(atPath: sample) {
      report.sampleDataStartToFirstFrameSeconds = try (0..<5).map { _ in
        try Child.timeToMarker(["first-frame", "--data", sample])
      }.sorted()[2]
    }
    if !noJQ, includes("jq") {
      var comparisons: [Dataset] = []
      if let largest = Self.numbers(sizes).max() {
        comparisons.append(Dataset(shape: .standard, layout: .pretty, actions: largest))
      }
      if datasetActions > 0 {
        comparisons += [
          Dataset(shape: .standard, layout: .compact, actions: datasetActions),
          Dataset(shape: .small, layout: .pretty, actions: datasetActions),
          Dataset(shape: .small, layout: .compact, actions: datasetActions),
        ]
      }
      for dataset in comparisons {
        report.jqComparisons.append(
          try JQComparison.measure(
            folder: try data.folder(dataset), actions: dataset.actions, label: dataset.label,
            runs: jqRuns))
        note("compared \(dataset.label) at \(dataset.actions) with jq")
      }
      report.jq = report.jqComparisons.first
    }
    report.shapes = try shapes()
    for size in Self.numbers(growth) where includes("growth") {
      let dataset = Dataset(shape: .small, layout: .compact, actions: size)
      let folder = try data.folder(dataset)
      var run = try measure(folder)
      run.label = dataset.label
      let list = "\(Child.boardwalkPath) list '\(folder)' --format json > /dev/null 2>&1"
      _ = try Child.wallTime(list, runs: 1)
      report.growth.append(
        Report.GrowthStep(run: run, listSeconds: try Child.wallTime(list, runs: 3)))
      note("growth: measured \(size)")
    }
    print(Report.table(report))
    if let json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(report).write(to: URL(fileURLWithPath: json))
    }
  }

  /// The hostile shapes, each in its own process.
  private func shapes() throws -> [ShapeRun] {
    var runs: [ShapeRun] = []
    func probe(_ arguments: [String]) throws -> ShapeRun {
      let output = try Child.run(["probe"] + arguments + ["--today", data.today])
      return try JSONDecoder().decode(ShapeRun.self, from: Data(output.utf8))
    }
    if longWord > 0, includes("long-word") {
      runs.append(
        try probe([
          "long-word", "--data", try data.longWordFolder(characters: longWord), "--size",
          "\(longWord)", "--rounds", "\(longWordRounds)",
        ]))
      note("measured a \(longWord)-character word")
    }
    for depth in Self.numbers(chains) where includes("chains") {
      runs.append(
        try probe([
          "area-chain", "--data", try data.chainFolder(depth: depth), "--size", "\(depth)",
        ])
      )
      note("measured an area chain \(depth) deep")
    }
    if journalNotes > 0, datasetActions > 0, includes("minutes") || includes("meeting") {
      let plans = try data.folder(Dataset(shape: .small, layout: .pretty, actions: datasetActions))
      let journal = try data.journal(notes: journalNotes, over: plans)
      if includes("minutes") {
        let output = data.work + "/minutes.md"
        let minutes =
          "\(Child.boardwalkPath) minutes --journal '\(journal)' -o '\(output)' '\(plans)' 2>/dev/null"
        let first = try Child.wallTime(minutes, runs: 1)
        let seconds = first < 5 ? try Child.wallTime(minutes, runs: 3) : first
        runs.append(
          ShapeRun(
            shape: "minutes",
            input:
              "a journal of \(journalNotes.formatted()) notes on \(datasetActions.formatted()) actions",
            scale: journalNotes, actions: datasetActions,
            measure: "boardwalk minutes, wall time", seconds: seconds, peakResidentMegabytes: 0))
        note("measured minutes of \(journalNotes) notes")
      }
      for (width, height) in [(200, 50), (80, 24)] where includes("meeting") {
        runs.append(
          try probe([
            "meeting", "--data", plans, "--journal", journal, "--size", "\(meetingEntries)",
            "--width", "\(width)", "--height", "\(height)",
          ]))
      }
      note("measured a meeting over \(datasetActions) actions")
    }
    if owners > 0, includes("picker") {
      let dataset = Dataset(
        shape: .distinctOwners, layout: .compact,
        actions: max(1, owners / Dataset.ownersPerAction))
      let folder = try data.folder(dataset)
      for (width, height) in [(80, 24), (200, 50)] {
        runs.append(
          try probe([
            "owner-picker", "--data", folder, "--width", "\(width)", "--height", "\(height)",
            "--rounds", "\(pickerRounds)",
          ]))
      }
      note("measured the owner picker over \(owners) owners")
    }
    return runs
  }

  /// One folder measured `repeats` times, each in its own process: the median of each
  /// figure (this machine is shared, and one slow moment should not decide a target).
  private func measure(_ folder: String) throws -> SizeRun {
    let runs = try (0..<max(1, repeats)).map { _ in
      let output = try Child.run([
        "measure", "--data", folder, "--rounds", "\(rounds)", "--today", data.today,
      ])
      return try JSONDecoder().decode(SizeRun.self, from: Data(output.utf8))
    }
    return SizeRun.median(of: runs)
  }

  private func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static func numbers(_ list: String) -> [Int] {
    list.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }
}

/// One folder of plans, measured in this process (run by `run` as a child).
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

/// One hostile shape, measured in this process (run by `run` as a child); prints JSON.
struct Probe: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure one hostile shape; prints JSON.")

  enum Kind: String, ExpressibleByArgument {
    case longWord = "long-word"
    case areaChain = "area-chain"
    case meeting
    case ownerPicker = "owner-picker"
  }

  @Argument var kind: Kind
  @Option var data: String
  @Option(help: "Characters, depth or entries, as the shape needs.") var size = 0
  @Option(help: "Rounds of keystrokes (long word, owner picker).") var rounds = 3
  @Option var journal = ""
  @Option var width = 200
  @Option var height = 50
  @Option var today = "2026-06-01"

  func run() throws {
    let day = (try? CalendarDate(parsingDay: today)) ?? .today()
    let result: ShapeRun
    switch kind {
    case .longWord:
      result = ShapeProbes.longWord(folder: data, characters: size, rounds: rounds, today: day)
    case .areaChain: result = ShapeProbes.areaChain(folder: data, depth: size, today: day)
    case .meeting:
      result = try ShapeProbes.meeting(
        folder: data, journal: journal, entries: size, width: width, height: height, today: day)
    case .ownerPicker:
      result = ShapeProbes.ownerPicker(
        folder: data, rounds: rounds, width: width, height: height, today: day)
    }
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

/// `boardwalk list --filter owner:~X --format json` against jq doing the same selection.
struct CompareJQ: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jq", abstract: "Compare `boardwalk list` with jq.")
  @OptionGroup var data: DataOptions
  @Option var actions = 100_000
  @Option(help: "standard, small") var shape = "standard"
  @Option(help: "pretty, compact") var layout = "pretty"

  func run() throws {
    guard let shape = Dataset.Shape(rawValue: shape), let layout = JSONLayout(rawValue: layout)
    else { throw ValidationErrorText("--shape is standard or small; --layout pretty or compact") }
    let dataset = Dataset(shape: shape, layout: layout, actions: actions)
    let comparison = try JQComparison.measure(
      folder: try data.folder(dataset), actions: actions, label: dataset.label)
    print(comparison.summary)
  }
}
