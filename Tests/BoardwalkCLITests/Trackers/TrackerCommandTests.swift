import BoardwalkTestSupport
import Foundation
import Testing

/// The tracker fixtures of BoardwalkSpreadsheetTests, where the package keeps them.
enum TrackerFixtures {
  static func path(_ name: String) -> String {
    PackagePaths.root.appendingPathComponent("Tests/BoardwalkSpreadsheetTests/Fixtures/\(name)")
      .path
  }
}

/// `boardwalk import`, and every command reading trackers as plans.
@Suite("boardwalk import and trackers on the command line")
struct TrackerCommandTests {
  @Test("import -o writes a plan that passes check, with the report on standard error")
  func importWrites() throws {
    let folder = try ScratchFolder("import-writes")
    defer { folder.remove() }
    let plan = folder.file("hull.json")
    let result = try CommandRunner.run([
      "import", TrackerFixtures.path("hull-by-priority.xlsx"), "-o", plan, "--id", "hull",
      "--title", "Hull SEND Strategic Plan",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorLines.contains("  J \"Status (RAGP)\" -> status"), "\(result)")
    #expect(
      result.errorLines.contains {
        $0.hasPrefix("result: plan hull \"Hull SEND Strategic Plan\": 63 actions in 11 areas")
      }, "\(result)")
    let check = try CommandRunner.run(["check", plan])
    #expect(check.status == 0, "\(check)")
    #expect(check.output.contains("63 actions: valid"))
  }

  @Test("without -o the plan goes to standard output")
  func importToStandardOutput() throws {
    let result = try CommandRunner.run(["import", TrackerFixtures.path("dfe-annex-a.csv")])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("{\n  \"format\": \"boardwalk-plan/1\""))
    #expect(result.output.contains(#""dueText": "Review at next stocktake review (6 months)""#))
  }

  @Test("a failed import exits 1, names the cells and writes nothing")
  func importFails() throws {
    let folder = try ScratchFolder("import-fails")
    defer { folder.remove() }
    let plan = folder.file("out.json")
    let mapping = folder.file("mapping.json")
    let result = try CommandRunner.run([
      "import", TrackerFixtures.path("unknown-status.xlsx"), "-o", plan, "--write-mapping", mapping,
    ])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errorLines.contains {
        $0.hasSuffix(
          "unknown-status.xlsx:Actions!E2: error: the status \"Parked\" is not one Boardwalk knows (2 cells: Actions!E2, Actions!E3); say what it means with boardwalk import --status \"Parked=amber\", or in a mapping file beside the tracker (\"status\": { \"Parked\": \"amber\" } in unknown-status.mapping.json); a level is red, amber, green, blue or grey, with +done if the words mean finished"
        )
      }, "\(result)")
    #expect(result.errorLines.last?.hasSuffix("failed; nothing was written") == true)
    #expect(try folder.names().isEmpty)
  }

  @Test(
    "every bad file exits 1 with its reason",
    arguments: [
      ("not-a-workbook.xlsx", "not an Excel workbook"), ("corrupt.xlsx", "the workbook is damaged"),
      ("password-protected.xlsx", "password-protected"), ("zip-bomb.xlsx", "zip bomb"),
      ("excel-97-2003.xlsx", "Excel 97-2003"),
    ])
  func badFiles(_ name: String, _ reason: String) throws {
    let result = try CommandRunner.run(["import", TrackerFixtures.path(name)])
    #expect(result.status == 1, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.contains(reason), "\(result)")
  }

  @Test("an existing -o file is kept unless --force; the tracker itself is never written over")
  func overwriting() throws {
    let folder = try ScratchFolder("import-overwrite")
    defer { folder.remove() }
    let existing = try folder.write("plan.json", text: "keep me")
    let refused = try CommandRunner.run([
      "import", TrackerFixtures.path("dfe-annex-a.csv"), "-o", existing,
    ])
    #expect(refused.status == 1)
    #expect(refused.errorOutput.contains("exists; add --force to replace it"))
    #expect(try folder.bytes("plan.json") == Array("keep me".utf8))
    let forced = try CommandRunner.run([
      "import", TrackerFixtures.path("dfe-annex-a.csv"), "-o", existing, "--force",
    ])
    #expect(forced.status == 0, "\(forced)")
    let tracker = try folder.write(
      "tracker.csv",
      bytes: Array(
        try Data(contentsOf: URL(fileURLWithPath: TrackerFixtures.path("dfe-annex-a.csv")))))
    let over = try CommandRunner.run(["import", tracker, "-o", tracker, "--force"])
    #expect(over.status == 1)
    #expect(over.errorOutput.contains("-o \(tracker) is the tracker being imported"), "\(over)")
  }

  @Test("--status maps a word and --write-mapping saves choices that import the same way")
  func statusAndMapping() throws {
    let folder = try ScratchFolder("import-mapping")
    defer { folder.remove() }
    let tracker = try folder.write(
      "tracker.csv",
      text: "Ref,Action,Lead,Due,Status\r\n1,Agree the plan,Chair,31/01/26,Parked\r\n")
    let mapping = folder.file("saved-mapping.json")
    let first = try CommandRunner.run([
      "import", tracker, "--status", "Parked=grey", "--write-mapping", mapping,
    ])
    #expect(first.status == 0, "\(first)")
    #expect(first.output.contains(#"{ "key": "parked", "label": "Parked", "rag": "grey" }"#))
    let second = try CommandRunner.run(["import", tracker, "--mapping", mapping])
    #expect(second.status == 0, "\(second)")
    #expect(second.output == first.output)
    let bad = try CommandRunner.run(["import", tracker, "--status", "Parked"])
    #expect(bad.status == 64)
    #expect(bad.errorOutput.contains("write WORD=LEVEL"))
  }

  @Test("check, list and summary read trackers and folders of them as plans")
  func commandsReadTrackers() throws {
    let folder = try ScratchFolder("tracker-folder")
    defer { folder.remove() }
    for name in ["dfe-annex-a.csv", "hull-by-priority.xlsx"] {
      try folder.write(
        name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: TrackerFixtures.path(name)))))
    }
    let check = try CommandRunner.run(["check", folder.path])
    #expect(check.status == 0, "\(check)")
    #expect(check.output.contains("2 plans, 76 actions: valid"), "\(check)")
    let list = try CommandRunner.run([
      "list", folder.path, "--filter", "status:amber", "--format", "csv",
    ])
    #expect(list.status == 0, "\(list)")
    // A header and the 13 amber actions of Hull's plan (CSV lines end in CR LF).
    #expect(
      list.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 14,
      "\(list.output)")
    let summary = try CommandRunner.run([
      "summary", folder.file("hull-by-priority.xlsx"), "--by", "plan", "--format", "json",
    ])
    #expect(summary.output.contains(#""amber":13"#), "\(summary)")
  }

  @Test("a tracker that cannot be imported is not loaded, and check names its cells")
  func checkNamesCells() throws {
    let result = try CommandRunner.run(["check", TrackerFixtures.path("unknown-status.xlsx")])
    #expect(result.status == 1)
    #expect(
      result.errorLines.contains {
        $0.hasSuffix(
          "unknown-status.xlsx:Actions!B4: error: this row has no action (Actions!A4, Actions!C4, Actions!D4, Actions!E4 hold something, but its column B is empty); write the action there, or delete the row's other cells"
        )
      },
      "\(result)")
  }

  @Test("list --format xlsx -o writes a workbook that imports back to the same listing")
  func exportAndImport() throws {
    let folder = try ScratchFolder("export-import")
    defer { folder.remove() }
    let sample = PackagePaths.sampleData + "/hull-send-strategic-plan-2024.json"
    let workbook = folder.file("hull.xlsx")
    let export = try CommandRunner.run([
      "list", sample, "--format", "xlsx", "-o", workbook, "--today", "2024-06-01",
    ])
    #expect(export.status == 0, "\(export)")
    #expect(try folder.bytes("hull.xlsx").starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let original = try CommandRunner.run([
      "list", sample, "--format", "json", "--today", "2024-06-01",
    ])
    let back = try CommandRunner.run([
      "list", workbook, "--format", "json", "--today", "2024-06-01",
    ])
    #expect(back.status == 0, "\(back)")
    #expect(back.output == original.output)
  }

  @Test("apply refuses a tracker and says how to import it first")
  func applyRefuses() throws {
    let folder = try ScratchFolder("apply-tracker")
    defer { folder.remove() }
    let tracker = try folder.write(
      "tracker.csv", text: "Ref,Action,Lead,Due\r\n1,Agree the plan,Chair,31/01/26\r\n")
    let journal = try folder.write(
      "board.jsonl",
      text:
        #"{"seq":1,"at":"2026-01-10T10:00:00+00:00","type":"started","format":"boardwalk-journal/1","plans":[{"plan":"tracker","file":"\#(tracker)","sha256":"0"}],"agenda":"","today":"2026-01-10"}"#
        + "\n")
    let before = try folder.contents()
    let result = try CommandRunner.run(["apply", "--journal", journal])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.errorOutput.contains(
        "is a spreadsheet tracker, and apply writes only plan files; import it first (boardwalk import \(tracker) -o PLAN.json)"
      ), "\(result)")
    #expect(try folder.contents() == before)
  }
}

@Suite("Mapping files beside trackers")
struct MappingBesideTrackerTests {
  @Test("NAME.mapping.json beside a tracker applies to every command, and import names it")
  func besideTracker() throws {
    let folder = try ScratchFolder("mapping-beside")
    defer { folder.remove() }
    let tracker = try folder.write(
      "board.csv", text: "Ref,Action,Lead,Due,Status\r\n1,Agree the plan,Chair,31/01/26,Parked\r\n")
    let refused = try CommandRunner.run(["check", tracker])
    #expect(refused.status == 1)
    #expect(refused.errorOutput.contains("in board.mapping.json"), "\(refused)")
    try folder.write(
      "board.mapping.json",
      text: #"{ "format": "boardwalk-mapping/1", "status": { "Parked": "grey" } }"#)
    let checked = try CommandRunner.run(["check", tracker])
    #expect(checked.status == 0, "\(checked)")
    let imported = try CommandRunner.run(["import", tracker])
    #expect(imported.status == 0, "\(imported)")
    #expect(
      imported.errorLines.contains("mapping: \(folder.file("board.mapping.json"))"), "\(imported)")
    #expect(imported.output.contains(#"{ "key": "parked", "label": "Parked", "rag": "grey" }"#))
  }

  @Test("a mistake in the mapping beside a tracker is reported with the field")
  func badMapping() throws {
    let folder = try ScratchFolder("mapping-bad")
    defer { folder.remove() }
    let tracker = try folder.write("board.csv", text: "Ref,Action\r\n1,Agree the plan\r\n")
    try folder.write("boardwalk-mapping.json", text: #"{ "status": { "Parked": "purple" } }"#)
    let result = try CommandRunner.run(["check", tracker])
    #expect(result.status == 1)
    #expect(
      result.errorOutput.contains(
        "boardwalk-mapping.json: status.Parked: write red, amber, green, blue or grey"),
      "\(result)")
  }
}

@Suite("What check says of an imported tracker")
struct TrackerCheckTests {
  @Test("a warning the plan's checks find is named by the action's cell, in import and in check")
  func warningsNamedByCell() throws {
    let folder = try ScratchFolder("tracker-warnings")
    defer { folder.remove() }
    let tracker = try folder.write(
      "board.csv", text: "Ref,Action,Owner\r\n1,Agree the plan,\r\n2,Publish it,Comms\r\n")
    let expected = "\(tracker):A2: warning: /actions/0: action \"1\" has no owner"
    let imported = try CommandRunner.run(["import", tracker])
    #expect(imported.status == 0)
    #expect(imported.errorLines.contains { $0.hasPrefix(expected) }, "\(imported)")
    let checked = try CommandRunner.run(["check", tracker])
    #expect(checked.status == 0)
    #expect(checked.errorLines.contains { $0.hasPrefix(expected) }, "\(checked)")
  }
}
