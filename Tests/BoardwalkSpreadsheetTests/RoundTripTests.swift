import BoardwalkCore
import BoardwalkSpreadsheets
import BoardwalkTestSupport
import Foundation
import Testing

/// `list --format xlsx` and `import` together: every sample plan written as a workbook and
/// read back gives the same actions, areas and scale.
@Suite("Round trip: every sample plan exported to xlsx and imported back")
struct RoundTripTests {
  static let samples = [
    "demo-northbrook-fictional.json", "dfe-suffolk-stocktake-2025.json",
    "hull-send-strategic-plan-2024.json", "oxfordshire-priority-action-plan.json",
    "suffolk-send-review-2022.json", "suffolk-send-strategy-2024.json",
  ]

  /// The sample exported with the default theme's shades and imported again.
  static func roundTrip(_ name: String) throws -> (LoadedPlan, TrackerImport, LoadedPlan) {
    let load = PlanLoader.load(paths: [Trackers.sample(name)])
    let sample = try Trackers.samplePlan(name)
    let workbook = TrackerExport.workbook(
      indexes: Array(load.store.actions.indices), store: load.store,
      today: CalendarDate(year: 2026, month: 11, day: 22) ?? CalendarDate(dayNumber: 0),
      shades: [
        .red: .init(
          fill: RGBColor(red: 215, green: 0, blue: 0),
          text: RGBColor(red: 255, green: 255, blue: 255), isBold: true)
      ])
    let folder = try ScratchFolder("round-trip")
    defer { folder.remove() }
    let path = try folder.write("tracker.xlsx", bytes: Array(try workbook.data()))
    let result = TrackerFile.importTracker(at: path, options: ImportOptions())
    return (sample, result, try Trackers.plan(of: result))
  }

  @Test(
    "the same actions: ids, areas, titles, owners, starts, due dates and their words, statuses, links",
    arguments: samples)
  func sameActions(_ name: String) throws {
    let (sample, result, imported) = try Self.roundTrip(name)
    #expect(!result.report.hasErrors, "\(result.report.text)")
    #expect(imported.views.count == sample.views.count)
    for (back, original) in zip(imported.views, sample.views) {
      var expected = original
      // Objectives, outcomes, measures and sources are not columns of the tracker.
      expected.objective = nil
      expected.outcomes = nil
      expected.measures = nil
      expected.sources = []
      #expect(back == expected)
    }
  }

  @Test(
    "the same plan id and title, areas (ids, kinds, titles, parents) and rating scale",
    arguments: samples)
  func samePlan(_ name: String) throws {
    let (sample, _, imported) = try Self.roundTrip(name)
    #expect(imported.plan.id == sample.plan.id)
    #expect(imported.plan.title == sample.plan.title)
    #expect(imported.plan.areas.map(\.id) == sample.plan.areas.map(\.id))
    #expect(imported.plan.areas.map(\.title) == sample.plan.areas.map(\.title))
    #expect(imported.plan.areas.map(\.kind) == sample.plan.areas.map(\.kind))
    #expect(imported.plan.areas.map(\.parent) == sample.plan.areas.map(\.parent))
    #expect(imported.plan.scale == sample.plan.scale)
  }

  @Test("the latest update comes back with its date")
  func latestUpdate() throws {
    let (sample, _, imported) = try Self.roundTrip("demo-northbrook-fictional.json")
    for (back, original) in zip(imported.actions, sample.actions) {
      guard let last = original.updates.last else {
        #expect(back.updates.isEmpty)
        continue
      }
      #expect(back.updates.last?.date == last.date, "\(original.id)")
      #expect(back.updates.last?.text == last.text, "\(original.id)")
    }
  }
}

@Suite("The workbook writer and reader agree on awkward text")
struct AwkwardTextTests {
  @Test(
    "control characters, text that reads like Excel's escapes, XML's own characters and emoji survive a workbook"
  )
  func awkwardText() throws {
    let texts = [
      "Line one\nline two", "Tab\there", "_x0041_ is not an A", "Bell \u{7} ring",
      "<b>&amp;</b> \"quoted\" 'single'", "Zoë, Siân & Tomás 🙂", " leading and trailing ",
    ]
    let workbook = XLSXWriter(sheets: [
      XLSXWriter.Sheet(name: "Text's sheet", rows: texts.map { [XLSXWriter.Cell(.text($0))] })
    ])
    let folder = try ScratchFolder("awkward-text")
    defer { folder.remove() }
    let path = try folder.write("text.xlsx", bytes: Array(try workbook.data()))
    let read = try XLSXReader.read(path: path)
    let sheet = try #require(read.sheets.first)
    #expect(sheet.name == "Text's sheet")
    let back = (0..<texts.count).map {
      sheet.storedCell(CellReference(row: $0, column: 0))?.text
    }
    #expect(back == texts)
  }
}
