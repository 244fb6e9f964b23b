import Testing

@testable import BoardwalkCore

@Suite("Summary by area (fixture on 2026-03-15)")
struct SummaryByAreaTests {
  let store = BoardFixture.store
  let today = BoardFixture.today

  @Test("one row per area of each plan, counting links and areas beneath")
  func rows() {
    let rows = Summary.rows(by: .area, store: store, today: today).map(CountsRow.init)
    #expect(
      rows == [
        CountsRow("SP1", plan: "hull", red: 1, amber: 1, overdue: 1, total: 2),
        CountsRow("AFI4", plan: "hull", red: 1, green: 1, blue: 1, overdue: 2, total: 3),
        CountsRow("AFI5", plan: "hull", green: 1, blue: 1, overdue: 1, total: 2),
        CountsRow("C1", plan: "hull", blue: 1, grey: 1, unrated: 1, total: 3),
        CountsRow("O1", plan: "hull", grey: 1, total: 1),
        CountsRow("O2", plan: "hull", blue: 1, total: 1),
        CountsRow("APA1", plan: "dfe", red: 1, unrated: 1, overdue: 1, total: 2),
        CountsRow("AFI4", plan: "dfe", red: 1, green: 1, total: 2),
        CountsRow("AfI1", plan: "dfe", green: 1, total: 1),
        CountsRow("PAP1", plan: "oxon", red: 1, green: 1, total: 2),
        CountsRow("AfI2", plan: "oxon", red: 1, amber: 1, overdue: 1, total: 2),
      ])
  }

  @Test("each area row's filter is plan:P area:X and keeps exactly the row's actions")
  func rowEqualsFilter() throws {
    let rows = Summary.rows(by: .area, store: store, today: today)
    for row in rows {
      let plan = try #require(row.plan)
      #expect(row.filter.description == "plan:\(plan) area:\(row.key)")
      let typed = try CompiledFilter(parsing: "plan:\(plan) area:\(row.key)", store: store)
      let kept = typed.matchingIndexes(in: store, today: today)
      #expect(kept.count == row.counts.total, "\(plan) \(row.key)")
      var counts = RAGCounts()
      for index in kept { counts.add(action: index, of: store, today: today) }
      #expect(counts == row.counts, "\(plan) \(row.key)")
    }
  }

  @Test("areas are listed even when the filter leaves them empty")
  func filtered() throws {
    let selected = try CompiledFilter(parsing: "status:red", store: store)
      .evaluate(in: store, today: today)
    let rows = Summary.rows(by: .area, store: store, actions: selected, today: today)
      .map(CountsRow.init)
    #expect(
      rows == [
        CountsRow("SP1", plan: "hull", red: 1, overdue: 1, total: 1),
        CountsRow("AFI4", plan: "hull", red: 1, overdue: 1, total: 1),
        CountsRow("AFI5", plan: "hull", total: 0),
        CountsRow("C1", plan: "hull", total: 0),
        CountsRow("O1", plan: "hull", total: 0),
        CountsRow("O2", plan: "hull", total: 0),
        CountsRow("APA1", plan: "dfe", red: 1, total: 1),
        CountsRow("AFI4", plan: "dfe", red: 1, total: 1),
        CountsRow("AfI1", plan: "dfe", total: 0),
        CountsRow("PAP1", plan: "oxon", red: 1, total: 1),
        CountsRow("AfI2", plan: "oxon", red: 1, total: 1),
      ])
  }
}
