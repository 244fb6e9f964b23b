import Testing

@testable import BoardwalkCore

/// `boardwalk due`'s selection on the fixture of three plans, judged on 2026-03-15: per
/// owner, the open actions overdue or due in the window, earliest first.
@Suite("Due list: per owner, overdue and due in the window (fixture on 2026-03-15)")
struct DueListTests {
  let store = BoardFixture.store
  let today = BoardFixture.today

  func list(
    _ window: DueWindow? = nil, owner: String? = nil, isPublic: Bool = false
  ) -> DueList {
    DueList(
      store: store, window: window ?? DueWindow(today: today, days: DueWindow.defaultDays),
      owner: owner, isPublic: isPublic)
  }

  func ids(_ items: [DueItem]) -> [String] { items.map(\.record.id) }

  @Test("every owner with something due has a group, in the owner index's order, earliest first")
  func groups() {
    let groups = list().groups.map { ($0.owner.name, ids($0.items)) }
    #expect(
      groups.map(\.0) == [
        "DfE SEND Adviser", "Head of SEND", "ICB Director", "Parent Carer Forum",
        "Preparing for Adulthood Lead", "SEND Programme Manager",
      ])
    #expect(
      groups.map(\.1) == [
        ["A3", "A1"], ["1.1", "1.2", "A2"], ["A2", "A10"], ["1.10"], ["PAP1:3"], ["1.2"],
      ])
  }

  @Test("an action with two owners is under each, and counted once in the totals")
  func sharedActions() {
    let list = list()
    let underTwo = list.groups.filter { ids($0.items).contains("1.2") }.map(\.owner.name)
    #expect(underTwo == ["Head of SEND", "SEND Programme Manager"])
    #expect(ids(list.items) == ["A3", "PAP1:3", "1.10", "1.1", "1.2", "A1", "A2", "A10"])
    #expect(list.overdueCount == 4 && list.dueCount == 4 && list.namedOwnerCount == 6)
  }

  @Test("overdue means due before today and not done; due today is due, not overdue")
  func overdueAndDue() throws {
    let list = list()
    #expect(ids(list.items.filter(\.isOverdue)) == ["A3", "PAP1:3", "1.10", "1.1"])
    let head = try #require(list.groups.first { $0.owner == .named("Head of SEND") })
    #expect(head.overdueCount == 1 && head.dueCount == 2)
    #expect(head.heading(list.window) == "Head of SEND: 1 overdue, 2 due by 14 Apr 2026")
    let timings = list.items.map { $0.timing(today: today) }
    #expect(
      timings == [
        "OVERDUE by 408 days", "OVERDUE by 64 days", "OVERDUE by 15 days", "OVERDUE by 1 day",
        "due today", "due tomorrow", "due in 16 days", "due in 30 days",
      ])
  }

  @Test("done actions are never listed, however their dates fall")
  func doneLeftOut() {
    let listed = Set(ids(list(DueWindow(today: today, days: 3650)).items))
    #expect(listed.isDisjoint(with: ["2.2", "3.1", "PAP1:2"]))
    #expect(listed.contains("PAP1:1"))
  }

  @Test("--owner matches exactly, ignoring case: one group, never a longer name that holds it")
  func ownerExact() {
    let head = list(owner: "head of send")
    #expect(head.ownerIsKnown)
    #expect(head.groups.map(\.owner) == [.named("Head of SEND")])
    #expect(ids(head.items) == ["1.1", "1.2", "A2"])
    for partial in ["SEND", "Head of", "head of send "] {
      let none = list(owner: partial)
      #expect(!none.ownerIsKnown && none.groups.isEmpty && none.items.isEmpty, "\(partial)")
    }
  }

  @Test(
    "--within Nd runs from today to today + N, both included; --before DATE leaves DATE out",
    arguments: [
      (DueWindow(today: Day.of(2026, 3, 15), days: 30), true, false),
      (DueWindow(today: Day.of(2026, 3, 15), days: 29), false, false),
      (DueWindow(today: Day.of(2026, 3, 15), days: 31), true, true),
      (DueWindow(today: Day.of(2026, 3, 15), before: Day.of(2026, 4, 15)), true, false),
      (DueWindow(today: Day.of(2026, 3, 15), before: Day.of(2026, 4, 14)), false, false),
      (DueWindow(today: Day.of(2026, 3, 15), before: Day.of(2026, 4, 16)), true, true),
    ])
  func windowEdges(_ window: DueWindow, _ has14April: Bool, _ has15April: Bool) {
    let listed = ids(list(window).items)
    #expect(listed.contains("A10") == has14April, "\(window.phrase)")
    #expect(listed.contains("PAP1:1") == has15April, "\(window.phrase)")
  }

  @Test("0d is today alone; a window ending before today lists only what is overdue")
  func narrowWindows() {
    #expect(ids(list(DueWindow(today: today, days: 0)).items.filter { !$0.isOverdue }) == ["1.2"])
    let past = list(DueWindow(today: today, before: today))
    #expect(past.items.allSatisfy(\.isOverdue) && past.items.count == 4)
    #expect(past.window.phrase == "before 15 Mar 2026")
  }

  @Test("open actions with no date are counted, by what they have instead; done ones are not")
  func undated() {
    let undated = list().undated
    #expect(undated == UndatedCount(ongoing: 1, tbc: 0, missing: 1))
    #expect(
      undated.sentence
        == "2 open actions have no due date (1 ongoing, 1 with none), so they are not listed here")
    #expect(UndatedCount().sentence == nil)
  }

  @Test("--within takes Nd as due:Nd does, and nothing else")
  func withinValues() {
    #expect(DueWindow.days(parsing: "30d") == 30)
    #expect(DueWindow.days(parsing: "0D") == 0)
    for wrong in ["30", "-3d", "d", "30 d", "overdue", "2026-04", "٣d"] {
      #expect(DueWindow.days(parsing: wrong) == nil, "\(wrong)")
    }
  }

  @Test(
    "the source's words are kept only when they say more than the date",
    arguments: [
      ("Sep 2026", nil), ("2026-09", nil), ("Sept-26", nil), ("30/9/2026", nil),
      ("SEP  2026", nil), ("End of autumn term", "End of autumn term"),
      ("September 2027", "September 2027"),
    ] as [(String, String?)])
  func dueWords(_ words: String, _ kept: String?) {
    let september = PlanDate(Day.of(2026, 9, 1), precision: .month)
    #expect(DueItem.wordsAdding(to: september, words) == kept)
  }
}

extension UndatedCount {
  init(ongoing: Int, tbc: Int, missing: Int) {
    self.init()
    self.ongoing = ongoing
    self.tbc = tbc
    self.missing = missing
  }
}
