import BoardwalkTestSupport
import Foundation
import Testing

/// Python's openpyxl, the reader most spreadsheet tooling uses, run on the workbooks
/// `list --format xlsx` writes. Without it these tests are skipped, unless
/// BOARDWALK_REQUIRE_OPENPYXL=1 (as CI sets), when its absence fails them.
enum Openpyxl {
  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["BOARDWALK_REQUIRE_OPENPYXL"] == "1"
  }

  static var isInstalled: Bool {
    (try? run(["-c", "import openpyxl"]))?.status == 0
  }

  static var shouldRun: Bool { isInstalled || isRequired }

  /// Runs python3 with `arguments`: its status and standard output.
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

@Suite(
  "The exported workbook, read by openpyxl",
  .enabled(
    if: Openpyxl.shouldRun,
    "python3 with openpyxl is not installed (pip install openpyxl; BOARDWALK_REQUIRE_OPENPYXL=1 makes that a failure)"
  ))
struct ExportedWorkbookTests {
  /// What openpyxl sees in the workbook, as JSON.
  static let reader = #"""
    import json, sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book["Actions"]
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    def column(name):
        return head.index(name)
    out = {
        "sheets": book.sheetnames,
        "title": book.properties.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "dimensions": sheet.dimensions,
        "headings": list(head),
        "bold": all(cell.font.b for cell in sheet[1]),
        "rows": len(rows) - 1,
        "dueDates": sum(1 for cell in sheet["G"][1:] if cell.is_date),
        "dueFormats": sorted({cell.number_format for cell in sheet["G"][1:] if cell.is_date}),
        "firstDue": str(sheet["G2"].value),
        "rag": sorted({(cell.value, cell.fill.fgColor.rgb, cell.font.color.rgb if cell.font.color else None) for cell in sheet["J"][1:]}),
        "owners": sheet["E2"].value,
        "keyRows": book["Key"].max_row - 1,
        "areaRows": book["Areas"].max_row - 1,
    }
    print(json.dumps(out))
    """#

  struct Seen: Decodable {
    let sheets: [String]
    let title: String?
    let freeze: String?
    let filter: String?
    let dimensions: String
    let headings: [String]
    let bold: Bool
    let rows: Int
    let dueDates: Int
    let dueFormats: [String]
    let firstDue: String
    let rag: [[String?]]
    let owners: String?
    let keyRows: Int
    let areaRows: Int
  }

  static func export(_ sample: String, theme: String = "default") throws -> Seen {
    let folder = try ScratchFolder("openpyxl")
    defer { folder.remove() }
    let path = folder.file("tracker.xlsx")
    let result = try CommandRunner.run([
      "list", PackagePaths.sampleData + "/" + sample, "--format", "xlsx", "-o", path,
      "--today", "2026-11-22", "--theme", theme,
    ])
    #expect(result.status == 0, "\(result)")
    let script = try folder.write("read.py", text: reader)
    let (status, output) = try Openpyxl.run([script, path])
    guard status == 0 else { throw TestProblem("openpyxl could not read the workbook:\n\(output)") }
    return try JSONDecoder().decode(Seen.self, from: Data(output.utf8))
  }

  @Test("a heading row that stays put and has filters over the whole table, and the plan's title")
  func headingRow() throws {
    let seen = try Self.export("demo-northbrook-fictional.json")
    #expect(seen.sheets == ["Actions", "Areas", "Key"])
    #expect(seen.title == "Northbrook SEND Priority Action Plan (fictional demo data)")
    #expect(seen.freeze == "A2")
    #expect(seen.filter == "A1:N37")
    #expect(seen.dimensions == "A1:N37")
    #expect(seen.bold)
    #expect(
      seen.headings == [
        "Plan", "ID", "Area", "Title", "Owners", "Start", "Due", "Due (as written)", "Status",
        "RAG",
        "Overdue", "Links", "Latest update", "Confidential",
      ])
    #expect(seen.rows == 36)
    #expect(seen.keyRows == 4)
    #expect(seen.areaRows == 5)
  }

  @Test("due dates are real date cells, days and months formatted as such; owners one a line")
  func dates() throws {
    let seen = try Self.export("demo-northbrook-fictional.json")
    // 36 actions: 3 ongoing and 1 tbc (written as words); the other 32 are date cells.
    #expect(seen.dueDates == 32)
    #expect(seen.dueFormats == ["d mmm yyyy", "mmm yyyy"])
    #expect(seen.firstDue == "2026-09-30 00:00:00")
    #expect(seen.owners == "Head of SEND\nPrincipal Educational Psychologist")
  }

  @Test(
    "the RAG cell carries its letter, shaded with the theme's colours (default and colour-blind)")
  func ragShades() throws {
    let standard = try Self.export("demo-northbrook-fictional.json")
    // xterm's colours 160, 214, 28 and 27 under white or black text: the default theme.
    #expect(
      standard.rag
        == [
          ["A", "FFFFAF00", "FF000000"], ["B", "FF005FFF", "FFFFFFFF"],
          ["G", "FF008700", "FFFFFFFF"],
          ["R", "FFD70000", "FFFFFFFF"], ["-", "FF585858", "FFD0D0D0"],
        ].sorted { ($0[0] ?? "") < ($1[0] ?? "") })
    let colourBlind = try Self.export("demo-northbrook-fictional.json", theme: "colour-blind")
    #expect(colourBlind.rag.contains(["R", "FFD75F00", "FFFFFFFF"]), "\(colourBlind.rag)")
  }
}
