import BoardwalkTestSupport
import Testing

@Suite("boardwalk summary")
struct SummaryTests {
  @Test("--by area gives one row per area of each plan, counting links and child areas")
  func byArea() throws {
    let (result, rows) = try JSONQueries.summary(by: "area")
    #expect(result.status == 0, "\(result)")
    #expect(rows.map(\.key) == FixtureSummaries.byArea.map(\.area))
    #expect(rows.map(\.plan) == FixtureSummaries.byArea.map(\.plan))
    for (row, expected) in zip(rows, FixtureSummaries.byArea) {
      #expect(row.tally == expected.tally, "\(expected)")
    }
  }

  @Test("--by plan gives one row per plan")
  func byPlan() throws {
    let (result, rows) = try JSONQueries.summary(by: "plan")
    #expect(result.status == 0, "\(result)")
    #expect(rows.map(\.key) == ["alpha", "beta"])
    for row in rows {
      #expect(row.tally == FixtureSummaries.byPlan[row.key], "\(row.key)")
    }
  }

  @Test("--by owner gives one row per owner as written, an action counting for each owner")
  func byOwner() throws {
    let (result, rows) = try JSONQueries.summary(by: "owner")
    #expect(result.status == 0, "\(result)")
    #expect(Set(rows.map(\.key)) == Set(FixtureSummaries.byOwner.keys))
    #expect(rows.count == FixtureSummaries.byOwner.count)
    for row in rows {
      #expect(row.tally == FixtureSummaries.byOwner[row.key], "\(row.key)")
    }
  }

  @Test("--filter narrows the actions counted")
  func filtered() throws {
    let (result, rows) = try JSONQueries.summary(by: "owner", ["--filter", "due:overdue"])
    #expect(result.status == 0, "\(result)")
    let expected: [String: Tally] = [
      "Head of SEND": Tally(red: 2, overdue: 2, total: 2),
      "SENCO Network": Tally(green: 1, unrated: 1, overdue: 2, total: 2),
      "Director of Education": Tally(red: 1, overdue: 1, total: 1),
    ]
    for row in rows {
      #expect(row.tally == (expected[row.key] ?? Tally(total: 0)), "\(row.key)")
    }
    #expect(expected.keys.allSatisfy { key in rows.contains { $0.key == key } })
    #expect(rows.count == expected.count, "a filtered summary leaves out rows it found nothing in")
  }

  @Test("--filter leaves out areas with nothing in them; without it every area is listed")
  func filteredAreas() throws {
    let (all, every) = try JSONQueries.summary(by: "area")
    #expect(all.status == 0, "\(all)")
    #expect(every.count == FixtureSummaries.byArea.count)
    let (result, rows) = try JSONQueries.summary(by: "area", ["--filter", "status:red"])
    #expect(result.status == 0, "\(result)")
    #expect(!rows.isEmpty && rows.count < every.count)
    #expect(rows.allSatisfy { $0.tally.total > 0 })
  }

  @Test("the table ends with every action counted once, and says why the rows add up to more")
  func totalsRow() throws {
    let byOwner = try CommandRunner.run(
      ["summary", "--by", "owner", Fixtures.plans, "--today", FixtureActions.today])
    #expect(byOwner.status == 0, "\(byOwner)")
    let lines = byOwner.output.split(separator: "\n")
    let totals = try #require(lines.first { $0.hasPrefix("All actions") })
    #expect(totals.split(separator: " ").last == "13")
    #expect(
      lines.last
        == "The rows add up to 15 for 13 actions: an action with several owners counts under each of them."
    )
    #expect(lines.contains { $0.hasPrefix("(no owner)") })
    let byArea = try CommandRunner.run(
      ["summary", "--by", "area", Fixtures.plans, "--today", FixtureActions.today])
    #expect(byArea.output.contains("OWN"))
    #expect(byArea.output.contains("counts under its own area (OWN)"))
    let byPlan = try CommandRunner.run(
      ["summary", "--by", "plan", Fixtures.plans, "--today", FixtureActions.today])
    #expect(!byPlan.output.contains("add up to"), "plans never count an action twice")
  }

  @Test("--today moves the overdue counts")
  func todayMovesOverdue() throws {
    let (result, rows) = try JSONQueries.summary(by: "plan", today: "2025-07-01")
    #expect(result.status == 0, "\(result)")
    #expect(rows.first { $0.key == "alpha" }?.tally.overdue == 4)
    #expect(rows.first { $0.key == "beta" }?.tally.overdue == 3)
  }

  @Test("the table format shows the same counts under RAG column headings")
  func tableFormat() throws {
    let result = try CommandRunner.run(
      "summary", Fixtures.plans, "--by", "plan", "--today", FixtureActions.today)
    #expect(result.status == 0, "\(result)")
    let header = result.outputLines.first?.split(separator: " ").map(String.init) ?? []
    for plan in ["alpha", "beta"] {
      let words = try #require(
        result.outputLines.first { $0.hasPrefix(plan + " ") }?.split(separator: " "))
      let cells = Dictionary(uniqueKeysWithValues: zip(header, words.map(String.init)))
      let tally = try #require(FixtureSummaries.byPlan[plan])
      let shown = [
        "RED": tally.red, "AMBER": tally.amber, "GREEN": tally.green, "BLUE": tally.blue,
        "GREY": tally.grey, "UNRATED": tally.unrated, "OVERDUE": tally.overdue,
        "TOTAL": tally.total,
      ]
      for (column, count) in shown {
        #expect(cells[column] == String(count), "\(plan) \(column) in:\n\(result.output)")
      }
    }
  }
}
