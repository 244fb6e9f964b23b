import BoardwalkTestSupport
import Testing

@Suite("summary --by area agrees with list --filter \"plan:P area:X\"")
struct SummaryMatchesListTests {
  /// For every area row, the row's counts equal those of the actions `list` keeps for it.
  func checkEveryArea(paths: [String], today: String) throws -> Int {
    let (summary, rows) = try JSONQueries.summary(by: "area", paths: paths, today: today)
    #expect(summary.status == 0, "\(summary)")
    for row in rows {
      let plan = try #require(row.plan, "area row \(row.key) names no plan")
      let filter = JSONQueries.areaFilter(plan: plan, area: row.key)
      let (list, actions) = try JSONQueries.list(["--filter", filter], paths: paths, today: today)
      #expect(list.status == 0, "\(list)")
      #expect(Tally(counting: actions) == row.tally, "\(filter)")
      #expect(actions.allSatisfy { $0.plan == plan }, "\(filter)")
    }
    return rows.count
  }

  @Test("for every area of the fixtures")
  func fixtures() throws {
    let rows = try checkEveryArea(paths: [Fixtures.plans], today: FixtureActions.today)
    #expect(rows == FixtureSummaries.byArea.count)
  }

  @Test("for every area of every SampleData plan on 2026-11-22")
  func sampleData() throws {
    let rows = try checkEveryArea(paths: [PackagePaths.sampleData], today: SamplePlans.today)
    // Areas per plan, read off the files: 5 + 5 + 11 + 21 + 9 + 22.
    #expect(rows == 73)
  }

  @Test("summary --by plan of SampleData counts every action of each plan once")
  func samplePlanTotals() throws {
    let (result, rows) = try JSONQueries.summary(
      by: "plan", paths: [PackagePaths.sampleData], today: SamplePlans.today)
    #expect(result.status == 0, "\(result)")
    #expect(rows.map(\.key) == SamplePlans.all.map(\.id))
    #expect(rows.map(\.tally.total) == SamplePlans.all.map(\.actions))
  }
}
