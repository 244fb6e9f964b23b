import Testing

@testable import BoardwalkCore

@Suite("Summary by plan (fixture on 2026-03-15)")
struct SummaryByPlanTests {
  let store = BoardFixture.store
  let today = BoardFixture.today

  @Test("one row per plan")
  func rows() {
    let rows = Summary.rows(by: .plan, store: store, today: today)
    #expect(
      rows.map(CountsRow.init) == [
        CountsRow(
          "hull", red: 1, amber: 1, green: 1, blue: 2, grey: 1, unrated: 1, overdue: 2, total: 7),
        CountsRow("dfe", red: 1, green: 2, unrated: 1, overdue: 1, total: 4),
        CountsRow("oxon", red: 1, amber: 1, green: 1, overdue: 1, total: 3),
      ])
    #expect(rows.map(\.filter.description) == ["plan:hull", "plan:dfe", "plan:oxon"])
    #expect(
      rows.map(\.title) == [
        "Hull SEND Strategic Plan", "DfE stocktake actions", "Oxfordshire Priority Action Plan",
      ])
  }

  @Test("class counts sum to the total; overdue is counted beside them, not as a class")
  func sums() {
    for grouping in SummaryGrouping.allCases {
      for row in Summary.rows(by: grouping, store: store, today: today) {
        let classes = RAGClass.allCases.reduce(0) { $0 + row.counts[$1] }
        #expect(classes == row.counts.total, "\(grouping) \(row.key)")
        #expect(row.counts.overdue <= row.counts.total)
      }
    }
  }

  @Test("a filter narrows the counts")
  func filtered() throws {
    let selected = try CompiledFilter(parsing: "status:open", store: store)
      .evaluate(in: store, today: today)
    let rows = Summary.rows(by: .plan, store: store, actions: selected, today: today)
    #expect(
      rows.map(CountsRow.init) == [
        CountsRow("hull", red: 1, amber: 1, green: 1, grey: 1, unrated: 1, overdue: 2, total: 5),
        CountsRow("dfe", red: 1, green: 2, unrated: 1, overdue: 1, total: 4),
        CountsRow("oxon", red: 1, amber: 1, overdue: 1, total: 2),
      ])
  }
}
