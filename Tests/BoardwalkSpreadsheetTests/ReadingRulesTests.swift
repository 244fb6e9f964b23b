import BoardwalkCore
import BoardwalkSpreadsheets
import BoardwalkTestSupport
import Foundation
import Testing

/// The rules for reading what trackers hold: headings, status words and colours, dates,
/// owners and CSV text, each checked on the words of real plans.
@Suite("Reading trackers: headings, statuses, dates, owners, CSV")
struct ReadingRulesTests {
  /// Imports CSV text and returns the plan's actions.
  static func importCSV(_ text: String, name: String = "tracker.csv") throws -> (
    TrackerImport, LoadedPlan?
  ) {
    let folder = try ScratchFolder("reading")
    defer { folder.remove() }
    let path = try folder.write(name, text: text)
    let result = TrackerFile.importTracker(at: path, options: ImportOptions())
    return (result, result.document == nil ? nil : try Trackers.plan(of: result))
  }

  /// (A RAG column alone is the status; beside a status column it gives the class.)
  @Test(
    "headings of real trackers name their fields",
    arguments: [
      ("Ref", "id"), ("No.", "id"), ("Action Ref", "id"), ("Actions for the partnership", "title"),
      ("Task", "title"), ("Description", "title"), ("Lead officer(s)", "owners"),
      ("Accountable Officer", "owners"), ("Responsible", "owners"), ("Timescale", "due"),
      ("By when", "due"), ("Target date", "due"), ("Deadline", "due"), ("Start Date", "start"),
      ("Status (RAGP)", "status"), ("BRAG rating", "status"), ("Progress rating", "status"),
      ("PAP", "area"), ("AfI", "area"), ("Workstream", "area"), ("Objective", "objective"),
      ("Impact Measures", "measures"), ("KPIs", "measures"),
      ("Intended outcomes and Impact", "outcomes"),
      ("Success criteria", "outcomes"), ("Evidence of impact", "evidence"),
      ("Milestones", "milestones"),
      ("Commentary", "update"), ("Progress update", "update"), ("SEF/DBV/ AFI (no)", "sources"),
    ])
  func headings(_ heading: String, _ field: String) throws {
    let (result, _) = try Self.importCSV("\(heading),Action,Owner\nx,Do it,Someone\n")
    let line = result.report.lines.first { $0.hasPrefix("  A ") }
    #expect(line?.hasSuffix("-> \(field)") == true, "\(result.report.text)")
  }

  @Test(
    "the seed plans' status words and common tracker words have levels",
    arguments: [
      ("On track no concerns", "on-track", RAGClass.green, false),
      ("On track some concerns", "some-concerns", .amber, false),
      ("Not due yet", "not-due", .grey, false), ("Off track", "off-track", .red, false),
      ("Completed Embedded Sustained", "embedded", .blue, true), ("Blue", "blue", .blue, true),
      ("Red", "red", .red, false), ("Amber", "amber", .amber, false),
      ("Green", "green", .green, false),
      ("Action completed", "completed", .blue, true), ("Still doing", "still-doing", .grey, false),
      ("Timing changed", "timing-changed", .grey, false),
      ("In progress", "in-progress", .green, false),
      ("Delayed", "delayed", .amber, false), ("At risk", "at-risk", .amber, false),
      ("Completed – Business as Usual", "completed-business-as-usual", .blue, true),
      ("Some concerns", "some-concerns", .amber, false),
      ("Not started", "not-started", .grey, false),
      ("Complete", "complete", .blue, true), ("Closed", "closed", .blue, true),
      ("R", "red", .red, false), ("A", "amber", .amber, false), ("G", "green", .green, false),
      ("B", "blue", .blue, true), ("C", "complete", .blue, true),
    ])
  func statusWords(_ words: String, _ key: String, _ rag: RAGClass, _ done: Bool) {
    let meaning = StatusVocabulary.meaning(of: words)
    #expect(meaning?.key == key)
    #expect(meaning?.rag == rag)
    #expect(meaning?.isDone == done)
  }

  @Test(
    "Excel's standard and near-standard fills are red, amber, green and blue; white, grey and black are none"
  )
  func fills() {
    let cases: [(String, RAGClass?)] = [
      ("FF0000", .red), ("C00000", .red), ("FFC7CE", .red), ("FFC000", .amber), ("FFFF00", .amber),
      ("FFEB9C", .amber), ("ED7D31", .amber), ("00B050", .green), ("92D050", .green),
      ("C6EFCE", .green), ("0070C0", .blue), ("00B0F0", .blue), ("FFFFFF", nil), ("BFBFBF", nil),
      ("000000", nil), ("D9D9D9", nil),
    ]
    for (hex, rag) in cases {
      let color = RGBColor(hex: hex)
      #expect(color.flatMap(StatusVocabulary.rag(ofFill:)) == rag, "\(hex)")
    }
  }

  @Test(
    "due dates: UK order, Excel's words and the seeds' loose words, with the source's words kept")
  func dueWords() throws {
    let rows: [(String, String, String?)] = [
      ("29/01/26", "2026-01-29", "29/01/26"), ("31/8/24", "2024-08-31", "31/8/24"),
      ("Sept-24", "2024-09", "Sept-24"), ("Apr-24", "2024-04", "Apr-24"),
      ("January 25", "2025-01", "January 25"), ("24-Apr", "2024-04", "24-Apr"),
      ("TBC", "tbc", "TBC"), ("Ongoing", "ongoing", "Ongoing"),
      ("In place, on-going", "ongoing", "In place, on-going"),
      ("Review at next stocktake (6 months)", "tbc", "Review at next stocktake (6 months)"),
      ("Review August 2024", "2024-08", "Review August 2024"),
      ("By 30/4/24", "2024-04-30", "By 30/4/24"),
      ("Jan—Mar 25", "2025-03", "Jan—Mar 25"), ("2026-03-31", "2026-03-31", nil),
      ("Quarterly", "ongoing", "Quarterly"),
    ]
    var csv = "ID,Action,Due\r\n"
    for (index, row) in rows.enumerated() {
      csv += "\(index + 1),Action \(index + 1),\"\(row.0)\"\r\n"
    }
    let (result, plan) = try Self.importCSV(csv)
    let views = try #require(plan, "\(result.report.text)").views
    for (view, row) in zip(views, rows) {
      #expect(view.due == row.1, "\(row.0)")
      #expect(view.dueText == row.2, "\(row.0)")
    }
  }

  @Test("Excel serial dates in 1900 workbooks (with its false 29 February 1900) and 1904 workbooks")
  func serials() throws {
    let imported = try Trackers.plan(of: try Trackers.imported("dates-1904.xlsx"))
    #expect(imported.views.map(\.due) == ["2026-03-31", "2024-02-29"])
    #expect(imported.views.map(\.dueText) == [nil, nil])
  }

  @Test("owners: A / B, A; B and one a line are several; 'and' and commas stay; full stops go")
  func owners() throws {
    let imported = try Trackers.plan(of: try Trackers.imported("letters-and-owners.xlsx"))
    #expect(
      imported.views.map(\.owners) == [
        ["Head of SEND", "HR Business Partner"], ["Parent Carer Forum", "Comms team", "Data team"],
        ["Assistant Director, Education and Inclusion"], ["Head of SEND"],
      ])
    #expect(imported.plan.scale.name == "rag")
    #expect(imported.views.map(\.status) == ["green", "amber", "red", "complete"])
  }

  @Test("unknown columns are kept as x- fields on each action")
  func extensions() throws {
    let result = try Trackers.imported("letters-and-owners.xlsx")
    let document = try #require(result.document)
    #expect(document.actions[0].extensions.map(\.0) == ["x-budget-code"])
    #expect(document.json.contains(#""x-budget-code": "SEN-114""#))
    #expect(
      result.report.lines.contains {
        $0.contains("\"Budget code\" -> x-budget-code (kept in the plan file")
      })
  }

  @Test("CSV in Windows-1252 with ';', curly quotes, accents and quoted line breaks")
  func windows1252() throws {
    let result = try Trackers.imported("board-actions-1252.csv")
    let imported = try Trackers.plan(of: result)
    #expect(
      imported.views.map(\.title) == [
        "“Tell it once” – launch the family portal (£40k)",
        "Agree the transport policy;\nconsult families first",
      ])
    #expect(imported.views[0].owners == ["Siân Pritchard", "Zoë Hampton"])
    #expect(result.report.lines[0].hasSuffix("(Windows-1252, separated by \";\")"))
  }

  @Test("the same ids in different sheets are told apart by their area")
  func duplicateIDs() throws {
    let (result, plan) = try Self.importCSV(
      "Area,Ref,Action\nAPA1,1,First\nAPA1,2,Second\nAfI1,1,Third\n")
    #expect(plan?.views.map(\.id) == ["APA1.1", "APA1.2", "AfI1.1"], "\(result.report.text)")
    let (clash, _) = try Self.importCSV("Area,Ref,Action\nAPA1,1,First\nAPA1,1,Second\n")
    #expect(
      clash.report.problems.first?.description
        == "B2: error: the id \"1\" is used 2 times (B2, B3); give each action its own id")
  }

  @Test("an area written in some rows only: the rows below take it, and the report says so")
  func areaCarriedDown() throws {
    let (result, plan) = try Self.importCSV("Area,Action\nAPA1,First\n,Second\nAfI2,Third\n")
    #expect(plan?.views.map(\.area) == ["APA1", "APA1", "AfI2"])
    #expect(result.report.lines.contains { $0.contains("1 row with an empty A cell take") })
  }

  @Test("a status cell's words win over its colour, and the disagreement is reported")
  func wordsAndColour() throws {
    let imported = try Trackers.plan(of: try Trackers.imported("hull-by-priority.xlsx"))
    #expect(imported.views.allSatisfy { $0.statusLabel != nil })
  }

  @Test("mapping files: written by an import, read back, and giving the same plan")
  func mappingRoundTrip() throws {
    let first = try Trackers.imported("hull-one-sheet.xlsx")
    let mapping = try ImportMapping.parse(Data(first.mapping.json.utf8), file: "m.json")
    #expect(mapping == first.mapping)
    let second = try Trackers.imported(
      "hull-one-sheet.xlsx", options: ImportOptions(mapping: mapping))
    #expect(second.document?.json == first.document?.json)
  }

  @Test("a mistake in a mapping file is named with the field and what to write")
  func mappingMistakes() {
    let cases: [(String, String)] = [
      (#"{"colums": {}}"#, "m.json: colums: not a field of a mapping file"),
      (#"{"columns": {"Lead": "owner"}}"#, "m.json: columns.Lead: write one of plan, id"),
      (
        #"{"status": {"Parked": "purple"}}"#,
        "m.json: status.Parked: write red, amber, green, blue or grey"
      ),
      (#"{"dates": {"order": "ymd"}}"#, "m.json: dates: write { \"order\": \"dmy\" }"),
      ("[1]", "m.json: a mapping file is one JSON object"),
    ]
    for (text, start) in cases {
      #expect(throws: WorkbookError.self) {
        try ImportMapping.parse(Data(text.utf8), file: "m.json")
      }
      do {
        _ = try ImportMapping.parse(Data(text.utf8), file: "m.json")
      } catch {
        #expect(error.message.hasPrefix(start), "\(error.message)")
      }
    }
  }

  @Test("cell references: C12, AA1, XFD1048576, and nothing beyond Excel's sheet")
  func references() {
    #expect(CellReference("C12") == CellReference(row: 11, column: 2))
    #expect(CellReference("$AA$1") == CellReference(row: 0, column: 26))
    #expect(CellReference("XFD1048576")?.description == "XFD1048576")
    #expect(CellReference("XFE1") == nil)
    #expect(CellReference("A1048577") == nil)
    #expect(CellReference("12C") == nil)
    #expect(CellRange("A2:A5")?.contains(CellReference(row: 3, column: 0)) == true)
  }
}

/// Trackers shaped by other tools and other habits.
@Suite("Trackers from Planner, and headings grouped under broader ones")
struct TrackerShapeTests {
  @Test(
    "a Planner export: Task ID, Task Name, buckets as areas, Progress words as the status, Priority kept aside, several assignees, dates month first"
  )
  func planner() throws {
    let csv = """
      Task ID,Task Name,Bucket Name,Progress,Priority,Assigned To,Created By,Start Date,Due Date,Description\r
      abc1,Publish the local offer refresh,Communication,In progress,Important,Jane Smith;Raj Patel,Jane Smith,1/6/2026,1/29/2026,Refresh the pages\r
      abc2,Agree the QA framework,Quality assurance,Not started,Medium,Lee Chan,Jane Smith,,2/13/2026,\r
      abc3,Run the parent survey,Communication,Completed,Low,Raj Patel,Jane Smith,,12/19/2025,\r

      """
    let (result, loaded) = try ReadingRulesTests.importCSV(csv, name: "planner.csv")
    let plan = try #require(loaded, "\(result.report.text)")
    #expect(plan.views.map(\.id) == ["abc1", "abc2", "abc3"])
    #expect(plan.views.map(\.area) == ["Communication", "Quality assurance", "Communication"])
    #expect(plan.views.map(\.status) == ["in-progress", "not-started", "completed"])
    #expect(plan.views.map(\.due) == ["2026-01-29", "2026-02-13", "2025-12-19"])
    #expect(plan.views[0].start == "2026-01-06")
    #expect(plan.views[0].owners == ["Jane Smith", "Raj Patel"])
    #expect(
      result.report.lines.contains { $0.hasPrefix("dates are read month first, as \"1/29/2026\"") })
    #expect(
      result.report.lines.contains(
        "  E \"Priority\" -> x-priority (kept in the plan file; Boardwalk does not show it)"))
  }

  @Test(
    "headings under a row of broader ones; a revised deadline replaces the original where it is filled in; a RAG column rates status words"
  )
  func groupedHeadings() throws {
    let result = try Trackers.imported("grouped-headings.xlsx")
    let plan = try Trackers.plan(of: result)
    #expect(plan.plan.title == "Northshire SEND Priority Action Plan")
    #expect(plan.views.map(\.due) == ["2026-03-31", "2025-12", "2025-11", "tbc"])
    #expect(plan.views.map(\.dueText) == ["31st March 2026", "Dec-25", "Nov-25", "TBC"])
    #expect(plan.views.map(\.rag) == [.amber, .green, .blue, .grey])
    #expect(
      plan.views.map(\.statusLabel) == [
        "In progress (Amber)", "In progress (Green)", "Complete", "Not started",
      ])
    #expect(plan.actions[0].updates.map(\.date.written) == ["2025-11-30"])
    #expect(result.report.lines.contains("columns of \"PAP tracker\":"))
    #expect(result.report.lines.contains("  F \"Revised deadline\" -> due"))
    #expect(
      result.report.lines.contains {
        $0.hasPrefix("  E \"Original deadline\" -> x-original-deadline")
      })
  }

  @Test(
    "status words joined to a rating, and dates written out in full",
    arguments: [
      ("Green - on track", RAGClass.green), ("Complete (Blue)", .blue), ("Amber/Red", .red),
      ("R - significant delay", .red),
    ])
  func compoundStatus(_ words: String, _ rag: RAGClass) {
    #expect(StatusVocabulary.meaning(of: words)?.rag == rag)
  }
}

@Suite("CSV as spreadsheet programs write it")
struct CSVVariantTests {
  @Test("a sep= first line names the separator; tabs separate a .tsv")
  func separators() throws {
    let (named, plan) = try ReadingRulesTests.importCSV(
      "sep=;\r\nRef;Action;Owner\r\n1;Agree the plan, with families;Chair\r\n")
    #expect(plan?.views.map(\.title) == ["Agree the plan, with families"], "\(named.report.text)")
    let (tabbed, tsv) = try ReadingRulesTests.importCSV(
      "Ref\tAction\tOwner\n1\tAgree the plan; publish it\tChair\n", name: "tracker.tsv")
    #expect(tsv?.views.map(\.title) == ["Agree the plan; publish it"], "\(tabbed.report.text)")
  }
}

@Suite("What follows a table")
struct TableEndTests {
  @Test(
    "a total under the table is skipped with a warning, and a key to the ratings ends the table")
  func keyBelowTable() throws {
    let result = try Trackers.imported("key-below-table.xlsx")
    let plan = try Trackers.plan(of: result)
    #expect(plan.views.map(\.title) == ["Do the first thing", "Do the second thing"])
    #expect(plan.views.map(\.status) == ["green", "red"])
    #expect(
      result.report.lines.contains(
        "'Action plan'!A6: \"Key\" ends the table; rows 6-9 below it are not read as actions"))
    #expect(
      result.report.problems.map(\.description).contains(
        "'Action plan'!A4: warning: this row holds only \"Total: 2 actions\" and no action, so it is skipped (write the action in column B if it is one)"
      ))
  }
}

@Suite("The plainest trackers")
struct PlainTrackerTests {
  @Test("What, Who, When and Status are enough; a status update is an update, not the status")
  func whatWhoWhen() throws {
    let (result, plan) = try ReadingRulesTests.importCSV(
      "What,Who,When,Status,Status update\r\nWrite the plan,Chair,Date for completion 31/3/26,Amber,30/1/26: drafted\r\n"
    )
    let views = try #require(plan, "\(result.report.text)").views
    #expect(views.map(\.title) == ["Write the plan"])
    #expect(views.map(\.owners) == [["Chair"]])
    #expect(views.map(\.due) == ["2026-03-31"])
    #expect(views.map(\.status) == ["amber"])
    #expect(plan?.actions.first?.updates.map(\.text) == ["drafted"])
  }
}
