import ArgumentParser
import BoardwalkCore
import BoardwalkGenerator
import BoardwalkSpreadsheets
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `boardwalk-bench import`: importing a council-shaped tracker of 10,000 rows, as an Excel
/// workbook and as CSV (docs/performance.md, "Importing trackers").
struct ImportTracker: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Time importing a tracker of --rows rows (xlsx and csv) and loading it as a plan.")

  @Option(help: "Rows of the tracker.") var rows = 10_000
  @Option(help: "Times each import is run (the median is reported).") var rounds = 5
  @Option(help: "Folder for the generated trackers.") var work =
    NSTemporaryDirectory() + "boardwalk-bench-import"

  func run() throws {
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let (workbook, csv) = try TrackerData.write(rows: rows, folder: work)
    for path in [workbook, csv] {
      let size =
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?
        .intValue ?? 0
      var actions = 0
      let importBefore = CPUTime.seconds
      let importSeconds = Measurement.median(runs: rounds) {
        actions =
          TrackerFile.importTracker(at: path, options: ImportOptions()).document?
          .actions.count ?? 0
      }
      let importCPU = (CPUTime.seconds - importBefore) / Double(rounds)
      let loadBefore = CPUTime.seconds
      let loadSeconds = Measurement.median(runs: rounds) {
        _ = PlanLoader.load(paths: [path], readers: [TrackerReader()])
      }
      let loadCPU = (CPUTime.seconds - loadBefore) / Double(rounds)
      print(
        "\((path as NSString).lastPathComponent): \(rows) rows, \(size / 1024) KB: import \(Self.milliseconds(importSeconds)) ms (CPU \(Self.milliseconds(importCPU)) ms; \(actions) actions), import and load as a plan \(Self.milliseconds(loadSeconds)) ms (CPU \(Self.milliseconds(loadCPU)) ms)"
      )
    }
    print("peak memory \(Measurement.peakResidentBytes / (1024 * 1024)) MB")
  }

  static func milliseconds(_ seconds: Double) -> String { String(Int((seconds * 1000).rounded())) }
}

/// A tracker as a council keeps one, made from generated plan data: a title row, headings
/// on row 3, an area per priority, real date cells and the source's date words, status
/// words, owners "A / B", a comments column.
enum TrackerData {
  static func write(rows: Int, folder: String) throws -> (workbook: String, csv: String) {
    let plans = PlanGenerator(actions: rows, plans: 1, seed: 7).files()
    let planPath = folder + "/plan.json"
    try Data((plans.first?.text ?? "").utf8).write(to: URL(fileURLWithPath: planPath))
    let load = PlanLoader.load(paths: [planPath])
    let store = load.store
    let headings = ["Priority", "Ref", "Action", "Lead officer", "Due date", "Status", "Comments"]
    var table: [[XLSXWriter.Cell]] = [
      [XLSXWriter.Cell(.text("Generated SEND improvement tracker (benchmark data)"))], [],
      headings.map { XLSXWriter.Cell(.text($0), style: XLSXWriter.Style(isBold: true)) },
    ]
    var csv = headings.joined(separator: ",") + "\r\n"
    let words = ["On track", "Some concerns", "Off track", "Complete", "Not started"]
    let dateStyle = XLSXWriter.Style(numberFormat: "dd/mm/yyyy")
    for (index, action) in store.actions.enumerated() {
      let plan = store.plans[action.plan]
      let area = plan.areas[action.area]
      let status = words[index % words.count]
      let owners = action.owners.joined(separator: " / ")
      let update = action.updates.last?.text ?? ""
      var due = XLSXWriter.Cell(nil)
      var dueText = ""
      if let date = action.dueDate {
        due =
          index % 3 == 0
          ? XLSXWriter.Cell(.text(MonthName.short[date.month - 1] + "-\(date.year % 100)"))
          : XLSXWriter.Cell(.date(date), style: dateStyle)
        dueText =
          index % 3 == 0
          ? MonthName.short[date.month - 1] + "-\(date.year % 100)"
          : "\(date.day)/\(date.month)/\(date.year)"
      }
      table.append([
        XLSXWriter.Cell(.text("\(area.id): \(area.title)")), XLSXWriter.Cell(.text(action.id)),
        XLSXWriter.Cell(.text(action.title)), XLSXWriter.Cell(.text(owners)), due,
        XLSXWriter.Cell(.text(status)), XLSXWriter.Cell(update.isEmpty ? nil : .text(update)),
      ])
      csv +=
        CSVText.line([
          "\(area.id): \(area.title)", action.id, action.title, owners, dueText, status, update,
        ]) + "\r\n"
    }
    let workbook = XLSXWriter(
      sheets: [XLSXWriter.Sheet(name: "Tracker", rows: table, headingRow: false)])
    let workbookPath = folder + "/tracker-\(rows).xlsx"
    let csvPath = folder + "/tracker-\(rows).csv"
    try workbook.data().write(to: URL(fileURLWithPath: workbookPath))
    try Data(csv.utf8).write(to: URL(fileURLWithPath: csvPath))
    return (workbookPath, csvPath)
  }
}

/// The processor time this process has used, in seconds: on a machine shared with other
/// work it says what the wall time would be on an idle one.
enum CPUTime {
  static var seconds: Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
}
