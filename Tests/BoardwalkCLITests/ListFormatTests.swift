import Testing

@Suite("boardwalk list --format")
struct ListFormatTests {
  static let arguments = ["list", Fixtures.plans, "--today", FixtureActions.today, "--format"]

  @Test("json prints every field of every action exactly: canonical dates, keys, classes")
  func jsonHasEveryField() throws {
    let (result, actions) = try JSONQueries.list()
    #expect(result.status == 0, "\(result)")
    #expect(actions.count == FixtureActions.all.count)
    for (found, expected) in zip(actions, FixtureActions.all) {
      #expect(found == expected)
    }
  }

  @Test("json prints an empty array when nothing matches")
  func jsonEmptyArray() throws {
    let (result, actions) = try JSONQueries.list(["--filter", "plan:nosuch"])
    #expect(result.status == 0, "\(result)")
    #expect(actions.isEmpty)
  }

  @Test("csv parses back to the same rows as json, with a header naming the fields")
  func csvRoundTrips() throws {
    let result = try CommandRunner.run(Self.arguments + ["csv"])
    #expect(result.status == 0, "\(result)")
    let records = try CSVReader.records(result.output)
    let header = try #require(records.first)
    for field in [
      "plan", "id", "title", "area", "links", "owners", "due", "status", "rag", "done", "overdue",
    ] {
      #expect(header.contains(field), "CSV header lacks \(field): \(header)")
    }
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    #expect(records.dropFirst().allSatisfy { $0.count == header.count })
    let parsed = rows.map { row in
      ListedAction(
        plan: row["plan"] ?? "", id: row["id"] ?? "", title: row["title"] ?? "",
        area: row["area"] ?? "", links: Self.list(row["links"]), owners: Self.list(row["owners"]),
        due: Self.optional(row["due"]), status: Self.optional(row["status"]),
        rag: row["rag"] ?? "", done: row["done"] == "true", overdue: row["overdue"] == "true")
    }
    #expect(parsed == FixtureActions.all)
    #expect(rows.allSatisfy { ["true", "false"].contains($0["done"]) })
    #expect(rows.allSatisfy { ["true", "false"].contains($0["overdue"]) })
  }

  /// A CSV cell holding a list: the values separated by "; ".
  static func list(_ cell: String?) -> [String] {
    guard let cell, !cell.isEmpty else { return [] }
    return cell.split(separator: "; ", omittingEmptySubsequences: false).map(String.init)
  }

  static func optional(_ cell: String?) -> String? {
    guard let cell, !cell.isEmpty else { return nil }
    return cell
  }

  @Test("markdown prints a table whose every line has as many cells as the header")
  func markdownTable() throws {
    let result = try CommandRunner.run(Self.arguments + ["markdown"])
    #expect(result.status == 0, "\(result)")
    let lines = result.outputLines
    #expect(lines.count == FixtureActions.all.count + 2, "\(result.output)")
    let table = try lines.map(MarkdownTableReader.cells)
    let width = try #require(table.first?.count)
    #expect(table.allSatisfy { $0.count == width }, "\(result.output)")
    #expect(table.dropFirst().first?.allSatisfy { $0 == "---" } == true)
    let header = try #require(table.first).map { $0.lowercased() }
    let id = try #require(header.firstIndex(of: "id"))
    let title = try #require(header.firstIndex(of: "title"))
    let plan = try #require(header.firstIndex(of: "plan"))
    let rows = table.dropFirst(2)
    #expect(rows.map { $0[id] } == FilterCase.everyID)
    #expect(rows.map { $0[plan] } == FixtureActions.all.map(\.plan))
    // "Workforce plan | training offer" keeps its pipe inside the cell.
    #expect(rows.map { $0[title] } == FixtureActions.all.map(\.title))
  }

  @Test("table prints a header and one line per action, in file order")
  func textTable() throws {
    let result = try CommandRunner.run(Self.arguments + ["table"])
    #expect(result.status == 0, "\(result)")
    let lines = result.outputLines
    #expect(lines.count == FixtureActions.all.count + 1, "\(result.output)")
    let header = lines.first?.split(separator: " ").map(String.init) ?? []
    let id = try #require(header.firstIndex(of: "ID"))
    let plan = try #require(header.firstIndex(of: "PLAN"))
    let rows = lines.dropFirst().map { $0.split(separator: " ").map(String.init) }
    #expect(rows.map { $0[id] } == FilterCase.everyID)
    #expect(rows.map { $0[plan] } == FixtureActions.all.map(\.plan))
  }

  @Test("table is the default format")
  func tableIsDefault() throws {
    let plain = try CommandRunner.run("list", Fixtures.plans, "--today", FixtureActions.today)
    let table = try CommandRunner.run(Self.arguments + ["table"])
    #expect(plain.status == 0)
    #expect(plain.output == table.output)
  }
}
