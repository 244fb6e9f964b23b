import Testing

@testable import BoardwalkCore

/// Actions with no owner, and confidential actions in a public list, on a plan of four
/// actions judged on 2026-05-01.
@Suite("Due list: no owner, and confidential actions made public")
struct DueListWithheldTests {
  static let today = Day.of(2026, 5, 1)

  static let store: PlanStore = {
    let plan = Plan(
      id: "demo", title: "Demo plan", isFictional: true,
      areas: [Area(id: "A1", kind: .priority, title: "Timeliness")])
    let actions = [
      Action(id: "1", area: 0, title: "Nobody's", due: Day.due(2026, 4, 1)),
      Action(
        id: "2", area: 0, title: "Complaint from Larkspur Vale", owners: ["Head of SEND"],
        due: Day.due(2026, 5, 10), dueText: "before half term", isConfidential: true),
      Action(id: "3", area: 0, title: "Open", owners: ["Head of SEND"], due: Day.due(2026, 5, 2)),
      Action(id: "4", area: 0, title: "Undated", owners: ["Head of SEND"], due: .tbc),
    ]
    var builder = PlanStore.Builder()
    builder.add(plan, actions: actions)
    return builder.build()
  }()

  func list(isPublic: Bool, owner: String? = nil) -> DueList {
    DueList(
      store: Self.store, window: DueWindow(today: Self.today, days: 30), owner: owner,
      isPublic: isPublic)
  }

  @Test("actions naming no owner are under \"(no owner)\", after the owners")
  func ownerless() {
    let groups = list(isPublic: false).groups
    #expect(groups.map(\.owner.name) == ["Head of SEND", "(no owner)"])
    #expect(groups.last?.items.map(\.record.id) == ["1"])
    #expect(
      list(isPublic: false, owner: "Head of SEND").groups.map(\.owner.name) == ["Head of SEND"])
  }

  @Test("not public: a confidential action is under its owners, with its title and words")
  func confidentialKept() throws {
    let head = try #require(list(isPublic: false).groups.first)
    let secret = try #require(head.items.first { $0.record.id == "2" })
    #expect(secret.record.title == "Complaint from Larkspur Vale")
    #expect(secret.readableDue == "10 May 2026 (before half term)")
  }

  @Test("public: its title, owners and words are withheld, and it is under \"(owner withheld)\"")
  func confidentialWithheld() throws {
    for owner in [nil, "head of send"] {
      let list = list(isPublic: true, owner: owner)
      let last = try #require(list.groups.last)
      #expect(last.owner == .withheld && last.owner.name == "(owner withheld)")
      #expect(last.items.map(\.record.id) == ["2"])
      #expect(last.items[0].record.title == Confidentiality.withheldTitle)
      #expect(last.items[0].readableDue == "10 May 2026")
      #expect(!list.groups.dropLast().contains { $0.items.contains { $0.record.id == "2" } })
      #expect(list.namedOwnerCount == 1)
    }
  }

  @Test("the closing sentences total, count the undated, and say what the marks mean")
  func closing() {
    #expect(
      DueListText.closingSentences(list(isPublic: true), plans: Self.store.plans) == [
        "In all, 1 overdue, 2 due by 31 May 2026 (3 actions, 1 owner)",
        "1 open action has no due date (1 to be confirmed), so it is not listed here",
        "1 of the 3 actions is confidential, counted here with its text withheld",
        "3 of the 3 actions come from a fictional plan (demo), marked *: invented data, not a real area's",
      ])
  }
}
