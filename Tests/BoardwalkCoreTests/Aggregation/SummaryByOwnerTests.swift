import Testing

@testable import BoardwalkCore

@Suite("Summary by owner (fixture on 2026-03-15)")
struct SummaryByOwnerTests {
  let store = BoardFixture.store
  let today = BoardFixture.today

  @Test(
    "one row per owner as written, sorted ignoring case, then (no owner); an action counts once per owner"
  )
  func rows() {
    let rows = Summary.rows(by: .owner, store: store, today: today).map(CountsRow.init)
    #expect(
      rows == [
        CountsRow("Assistant Director Learning and Skills", unrated: 1, total: 1),
        CountsRow("DfE SEND Adviser", red: 1, unrated: 1, overdue: 1, total: 2),
        CountsRow("Head of Inclusion", blue: 1, total: 1),
        CountsRow("Head of SEND", red: 2, amber: 1, green: 1, blue: 1, overdue: 1, total: 5),
        CountsRow("ICB Director", green: 2, total: 2),
        CountsRow("Parent Carer Forum", green: 1, overdue: 1, total: 1),
        CountsRow("Preparing for Adulthood Lead", amber: 1, overdue: 1, total: 1),
        CountsRow("SEND Programme Manager", amber: 1, green: 1, total: 2),
        CountsRow("(no owner)", grey: 1, total: 1),
      ])
  }

  @Test("actions with no owner have a row whose filter is owner:none; no row when all are owned")
  func ownerless() throws {
    let rows = Summary.rows(by: .owner, store: store, today: today)
    let last = try #require(rows.last)
    #expect(last.isOwnerless && last.key == SummaryRow.ownerlessKey)
    #expect(last.filter.description == "owner:none")
    #expect(try BoardFixture.ids(last.filter.description) == ["2.1"])
    let owned = try CompiledFilter(parsing: "-owner:none", store: store)
      .evaluate(in: store, today: today)
    let ownedRows = Summary.rows(by: .owner, store: store, actions: owned, today: today)
    #expect(ownedRows.allSatisfy { !$0.isOwnerless })
  }

  @Test("two-owner actions count in both rows, so totals exceed the number of owned actions")
  func twoOwners() {
    let rows = Summary.rows(by: .owner, store: store, today: today)
    // 13 actions have an owner; 1.2 and A2 have two each; 2.1 has none.
    #expect(rows.reduce(0) { $0 + $1.counts.total } == 15 + 1)
    #expect(Summary.totals(store: store, today: today).total == 14)
  }

  @Test("each owner row's filter is exact and keeps exactly the row's actions")
  func rowEqualsFilter() throws {
    for row in Summary.rows(by: .owner, store: store, today: today) {
      let value = row.isOwnerless ? "none" : row.key
      #expect(row.filter == FilterExpression(terms: [FilterTerm(.owner, [value], exact: true)]))
      let typed = try CompiledFilter(parsing: row.filter.description, store: store)
      #expect(
        typed.matchingIndexes(in: store, today: today).count == row.counts.total, "\(row.key)")
    }
    let head = try #require(
      Summary.rows(by: .owner, store: store, today: today).first { $0.key == "Head of SEND" })
    #expect(head.filter.description == "owner:\"Head of SEND\"")
  }

  @Test("an owner row's filter keeps the row's actions even when two owners differ only in case")
  func caseVariants() throws {
    let plan = Plan(id: "p", title: "P", areas: [Area(id: "A", title: "A")])
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: [
        Action(id: "1", area: 0, title: "t", owners: ["Head of SEND"]),
        Action(id: "2", area: 0, title: "t", owners: ["head of send"]),
      ])
    let store = builder.build()
    for row in Summary.rows(by: .owner, store: store, today: today) {
      let kept = try CompiledFilter(row.filter, store: store).matchingIndexes(
        in: store, today: today)
      #expect(kept.count == row.counts.total, "row \(row.key): filter \(row.filter) keeps \(kept)")
    }
  }

  @Test("owners with none of the selected actions get no row")
  func filtered() throws {
    let selected = try CompiledFilter(parsing: "due:overdue", store: store)
      .evaluate(in: store, today: today)
    let rows = Summary.rows(by: .owner, store: store, actions: selected, today: today)
      .map(CountsRow.init)
    #expect(
      rows == [
        CountsRow("DfE SEND Adviser", unrated: 1, overdue: 1, total: 1),
        CountsRow("Head of SEND", red: 1, overdue: 1, total: 1),
        CountsRow("Parent Carer Forum", green: 1, overdue: 1, total: 1),
        CountsRow("Preparing for Adulthood Lead", amber: 1, overdue: 1, total: 1),
      ])
  }
}
