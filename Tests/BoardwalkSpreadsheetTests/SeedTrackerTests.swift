import BoardwalkCore
import BoardwalkSpreadsheets
import Foundation
import Testing

/// Seed plans transcribed into the shapes councils keep their trackers in, imported and
/// checked against SampleData, the faithful transcriptions of the same plans.
@Suite("Trackers transcribed from the seed plans import as the sample data")
struct SeedTrackerTests {
  @Test(
    "Hull, one sheet per priority with its own headings, merged objectives, an Areas sheet and a key: every field of every action as the sample has it"
  )
  func hullByPriority() throws {
    let result = try Trackers.imported("hull-by-priority.xlsx")
    let imported = try Trackers.plan(of: result)
    let sample = try Trackers.samplePlan("hull-send-strategic-plan-2024.json")
    #expect(imported.views == sample.views)
    #expect(imported.plan.areas.map(\.id) == sample.plan.areas.map(\.id))
    #expect(imported.plan.areas.map(\.title) == sample.plan.areas.map(\.title))
    #expect(imported.plan.scale.levels.map(\.key) == sample.plan.scale.levels.map(\.key))
    #expect(imported.plan.scale.levels.map(\.label) == sample.plan.scale.levels.map(\.label))
    #expect(imported.plan.scale.levels.map(\.rag) == sample.plan.scale.levels.map(\.rag))
    #expect(imported.plan.scale.levels.map(\.isDone) == sample.plan.scale.levels.map(\.isDone))
    #expect(!result.report.hasErrors)
    #expect(
      result.report.lines.contains { $0.hasPrefix("sheet \"Key\": skipped: not an action table") })
    #expect(result.report.lines.contains("  J \"Status (RAGP)\" -> status"))
  }

  @Test(
    "Hull as the seed prints it, one sheet with a heading row per priority and the headings repeated: the same actions, and the sections become areas"
  )
  func hullOneSheet() throws {
    let result = try Trackers.imported("hull-one-sheet.xlsx")
    let imported = try Trackers.plan(of: result)
    let sample = try Trackers.samplePlan("hull-send-strategic-plan-2024.json")
    func withoutArea(_ views: [ActionView]) -> [ActionView] {
      views.map {
        var view = $0
        view.area = ""
        return view
      }
    }
    #expect(withoutArea(imported.views) == withoutArea(sample.views))
    // Section n holds exactly the actions numbered n.x.
    for view in imported.views {
      #expect(view.id.hasPrefix(view.area + "."), "\(view)")
    }
    #expect(
      imported.plan.areas.first?.title
        == "To work towards having clear and open lines of communication that support a collaborative and partnership approach to the delivery of services that offer greater choice and control."
    )
  }

  @Test("a mapping file renames the sections' areas, and the whole plan is then the sample's")
  func hullOneSheetWithMapping() throws {
    var json = #"{ "format": "boardwalk-mapping/1", "areas": {"#
    json += (1...6).map { #""\#($0)": { "id": "SP\#($0)", "kind": "priority" }"# }.joined(
      separator: ", ")
    json += "} }"
    let mapping = try ImportMapping.parse(Data(json.utf8), file: "mapping.json")
    let result = try Trackers.imported(
      "hull-one-sheet.xlsx", options: ImportOptions(mapping: mapping))
    let imported = try Trackers.plan(of: result)
    let sample = try Trackers.samplePlan("hull-send-strategic-plan-2024.json")
    #expect(imported.views == sample.views)
  }

  @Test(
    "the DfE's Annex A as CSV (CRLF, no ids; with a BOM; in Windows-1252 with semicolons): the sample's ids, areas, titles, owners, dates and words"
  )
  func dfeAnnexA() throws {
    let sample = try Trackers.samplePlan("dfe-suffolk-stocktake-2025.json")
    for name in ["dfe-annex-a.csv", "dfe-annex-a-bom.csv", "dfe-annex-a-semicolon-1252.csv"] {
      let result = try Trackers.imported(name)
      let imported = try Trackers.plan(of: result)
      #expect(imported.views == sample.views, "\(name)")
      #expect(imported.plan.areas.map(\.id) == ["APA1", "APA2", "AfI1", "AfI2", "AfI3"])
      #expect(
        imported.plan.areas.map(\.kind?.description) == [
          "priority", "priority", "improvement", "improvement", "improvement",
        ])
      #expect(!result.report.hasErrors, "\(result.report.text)")
    }
    let report = try Trackers.imported("dfe-annex-a.csv").report
    #expect(
      report.lines.contains {
        $0.contains("kept as written with due tbc")
          && $0.contains("\"Review at next stocktake review (6 months)\" (D12)")
      }, "\(report.text)")
  }

  @Test(
    "a board's messy tracker (cover and legend sheets, a title above the headings, merged areas, RAG only as the cell's colour, real date cells, a hidden row, a hidden sheet): the sample's actions"
  )
  func northbrookBoardTracker() throws {
    let sample = try Trackers.samplePlan("demo-northbrook-fictional.json")
    for name in ["northbrook-board-tracker.xlsx", "northbrook-board-tracker-libreoffice.xlsx"] {
      let result = try Trackers.imported(name)
      let imported = try Trackers.plan(of: result)
      let byID = Dictionary(uniqueKeysWithValues: sample.views.map { ($0.id, $0) })
      #expect(imported.views.count == sample.views.count, "\(name)")
      for view in imported.views {
        let expected = try #require(byID[view.id], "\(name): \(view.id)")
        #expect(view.area == expected.area, "\(name): \(view)")
        #expect(view.title == expected.title, "\(name): \(view)")
        #expect(view.owners == expected.owners, "\(name): \(view)")
        #expect(view.start?.prefix(7) == expected.start?.prefix(7), "\(name): \(view)")
        // The fill's class, and done for blue ("complete" in the sample).
        #expect(view.rag == expected.rag, "\(name): \(view)")
        #expect(view.isDone == expected.isDone, "\(name): \(view)")
        if let due = expected.due, due.count == 10 {
          #expect(view.due == due, "\(name): \(view)")
        }
      }
      let lines = result.report.lines
      #expect(lines.contains { $0.hasPrefix("sheet \"Cover\": skipped: not an action table") })
      #expect(lines.contains { $0.hasPrefix("sheet \"Legend\": skipped: not an action table") })
      #expect(
        lines.contains {
          $0.hasPrefix("sheet \"Tracker\": 30 actions from rows 5-35 (headings on row 4")
        })
      let problems = result.report.problems.map(\.description)
      #expect(problems.contains { $0.contains("hidden row 26 is included") }, "\(problems)")
      #expect(
        problems.contains {
          $0.hasPrefix("Closed: warning: the sheet is hidden; its 6 actions are included")
        }, "\(problems)")
    }
  }

  @Test(
    "formulas: openpyxl saves none of their values, which is said once per sheet; LibreOffice saves them"
  )
  func formulas() throws {
    let openpyxl = try Trackers.imported("northbrook-board-tracker.xlsx").report.problems
    let formulaWarnings = openpyxl.filter { $0.message.contains("with no saved value") }
    #expect(formulaWarnings.map(\.place) == ["Tracker!H5", "Closed!H5"])
    #expect(
      formulaWarnings.first?.message.hasPrefix("30 formulas (H5-H35) with no saved value") == true)
    let libreOffice = try Trackers.imported("northbrook-board-tracker-libreoffice.xlsx")
    #expect(!libreOffice.report.problems.contains { $0.message.contains("formula") })
    // The saved value of =IF(ISNUMBER(F5),F5-TODAY(),"") is kept as an extension field.
    let document = try #require(libreOffice.document)
    let first = try #require(document.actions.first { $0.id == "APA1.1" })
    let days = try #require(first.extensions.first { $0.0 == "x-days-to-deadline" }?.1)
    #expect(Int(days) != nil, "\(days)")
  }
}
