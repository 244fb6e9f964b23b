import BoardwalkCore
import BoardwalkSpreadsheets
import BoardwalkTestSupport
import Foundation
import Testing

/// Files that are not trackers, or trackers that cannot be read as they are: each refused
/// with a message that says where and what to do, and no plan made.
@Suite("Bad trackers are refused with a located message and no plan")
struct BadInputTests {
  /// The one error an import of a fixture gives.
  static func refusal(_ name: String) throws -> ImportProblem {
    let result = try Trackers.imported(name)
    #expect(result.document == nil, "\(name) made a plan")
    let errors = result.report.problems.filter(\.isError)
    return try #require(errors.first, "\(name): no error in \(result.report.text)")
  }

  @Test("a text file named .xlsx is not a workbook, and the message says to name CSV .csv")
  func notAWorkbook() throws {
    let problem = try Self.refusal("not-a-workbook.xlsx")
    #expect(problem.place == nil)
    #expect(problem.message.hasPrefix("not an Excel workbook (.xlsx files are ZIP archives"))
    #expect(problem.message.contains("name it .csv"))
  }

  @Test("a workbook cut short is damaged, and the message says to save it again")
  func corrupt() throws {
    let problem = try Self.refusal("corrupt.xlsx")
    #expect(problem.message.hasPrefix("the workbook is damaged"))
    #expect(problem.message.contains("save it again as .xlsx"))
  }

  @Test(
    "a password-protected workbook (encrypted by msoffcrypto-tool) says how to remove the password")
  func passwordProtected() throws {
    let problem = try Self.refusal("password-protected.xlsx")
    #expect(problem.message.hasPrefix("the workbook is password-protected (encrypted)"))
    #expect(problem.message.contains("remove the password"))
  }

  @Test("an Excel 97-2003 file with the wrong name says to save it as .xlsx")
  func legacy() throws {
    let problem = try Self.refusal("excel-97-2003.xlsx")
    #expect(problem.message.hasPrefix("this is an old Excel 97-2003 workbook (.xls)"))
  }

  @Test(
    "a zip bomb (600 MB of one sheet in 600 KB) is stopped before it is unpacked, naming the part")
  func zipBomb() throws {
    let problem = try Self.refusal("zip-bomb.xlsx")
    #expect(problem.place == "xl/worksheets/sheet1.xml")
    #expect(problem.message.contains("zip bomb"))
  }

  @Test("a sheet of a million empty rows imports its one action, and the empty rows are reported")
  func millionEmptyRows() throws {
    let result = try Trackers.imported("million-empty-rows.xlsx")
    let imported = try Trackers.plan(of: result)
    #expect(imported.views.map(\.title) == ["The only action"])
    #expect(
      result.report.lines.contains("sheet \"Actions\": rows 3-1048576 hold nothing (ignored)"))
  }

  @Test("an unknown status word is an error naming every cell and the --status that maps it")
  func unknownStatus() throws {
    let result = try Trackers.imported("unknown-status.xlsx")
    #expect(result.document == nil)
    let messages = result.report.problems.map(\.description)
    #expect(
      messages.contains {
        $0.hasPrefix(
          "Actions!E2: error: the status \"Parked\" is not one Boardwalk knows (2 cells: Actions!E2, Actions!E3)"
        )
          && $0.contains("--status \"Parked=amber\"")
      }, "\(messages)")
  }

  @Test("a row with cells but no action is an error naming the empty cell")
  func rowWithoutAction() throws {
    let result = try Trackers.imported("unknown-status.xlsx")
    let messages = result.report.problems.map(\.description)
    #expect(
      messages.contains {
        $0.hasPrefix(
          "Actions!B4: error: this row has no action (Actions!A4, Actions!C4, Actions!D4, Actions!E4 hold something, but its column B is empty)"
        )
      }, "\(messages)")
  }

  @Test("--status maps the unknown word, and the import then succeeds")
  func statusOption() throws {
    var options = ImportOptions()
    options.statuses = [
      ("Parked", try #require(ImportMapping.meaning(level: "grey", words: "Parked")))
    ]
    let result = try Trackers.imported("unknown-status.xlsx", options: options)
    // The row without an action still stops it.
    #expect(result.report.problems.filter(\.isError).count == 1)
  }

  @Test("the problems name the file, the sheet and the cell, as FILE:SHEET!C12")
  func diagnosticsForm() throws {
    let result = try Trackers.imported("unknown-status.xlsx")
    let lines = result.report.diagnostics.map(\.description)
    #expect(lines.allSatisfy { $0.contains("unknown-status.xlsx:Actions!") }, "\(lines)")
  }

  @Test("CSV that is binary, or a workbook named .csv, is refused")
  func badCSV() throws {
    let folder = try ScratchFolder("bad-csv")
    defer { folder.remove() }
    let binary = try folder.write("binary.csv", bytes: [0x41, 0x00, 0x42, 0x0A])
    let workbook = try folder.write(
      "workbook.csv",
      bytes: Array(
        try Data(contentsOf: URL(fileURLWithPath: try Trackers.fixture("dates-1904.xlsx")))))
    for (path, start) in [
      (binary, "the file holds NUL bytes"),
      (workbook, "this is a ZIP archive (an Excel workbook?)"),
    ] {
      let result = TrackerFile.importTracker(at: path, options: ImportOptions())
      #expect(result.document == nil)
      #expect(
        result.report.problems.first?.message.hasPrefix(start) == true, "\(result.report.text)")
    }
  }

  @Test("a workbook with no action table says what headings it looks for")
  func noTable() throws {
    let folder = try ScratchFolder("no-table")
    defer { folder.remove() }
    let path = try folder.write(
      "notes.csv", text: "Minutes of the board\nNothing here is a table\n")
    let result = TrackerFile.importTracker(at: path, options: ImportOptions())
    #expect(result.document == nil)
    #expect(
      result.report.problems.first?.message.hasPrefix("no sheet holds an action table") == true)
  }

  @Test("--sheet naming a sheet the workbook lacks lists the sheets it has")
  func missingSheet() throws {
    var options = ImportOptions()
    options.sheets = ["Actions 2025"]
    let result = try Trackers.imported("hull-by-priority.xlsx", options: options)
    #expect(result.document == nil)
    #expect(
      result.report.problems.first?.message
        == "there is no sheet \"Actions 2025\"; the sheets are \"Areas\", \"SP1\", \"SP2\", \"SP3\", \"SP4\", \"SP5\", \"SP6\", \"Key\""
    )
  }
}
