import Testing

@testable import BoardwalkCore

/// One action's due date and status, and whether it is overdue on a day.
struct OverdueCase: Sendable, CustomStringConvertible {
  let name: String
  let scale: RatingScale
  let due: DueDate?
  let status: String?
  let today: CalendarDate
  let isOverdue: Bool

  var description: String { name }
}

@Suite("Overdue at the edges")
struct OverdueTests {
  static let cases: [OverdueCase] = [
    OverdueCase(
      name: "due today is not overdue", scale: .rag, due: Day.due(2024, 9, 15), status: "red",
      today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "due yesterday is overdue", scale: .rag, due: Day.due(2024, 9, 14), status: "red",
      today: Day.of(2024, 9, 15), isOverdue: true),
    OverdueCase(
      name: "due tomorrow is not overdue", scale: .rag, due: Day.due(2024, 9, 16), status: "amber",
      today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "due last year is overdue", scale: .rag, due: Day.due(2023, 12, 31), status: "green",
      today: Day.of(2024, 1, 1), isOverdue: true),
    OverdueCase(
      name: "a month is not overdue during it", scale: .rag, due: Day.dueMonth(2024, 9),
      status: "amber", today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "a month is not overdue on its last day", scale: .rag, due: Day.dueMonth(2024, 9),
      status: "amber", today: Day.of(2024, 9, 30), isOverdue: false),
    OverdueCase(
      name: "a month is overdue the day after it ends", scale: .rag, due: Day.dueMonth(2024, 9),
      status: "amber", today: Day.of(2024, 10, 1), isOverdue: true),
    OverdueCase(
      name: "February of a leap year ends on the 29th", scale: .rag, due: Day.dueMonth(2024, 2),
      status: "amber", today: Day.of(2024, 2, 29), isOverdue: false),
    OverdueCase(
      name: "February of a common year ends on the 28th", scale: .rag, due: Day.dueMonth(2023, 2),
      status: "amber", today: Day.of(2023, 3, 1), isOverdue: true),
    OverdueCase(
      name: "rag complete is never overdue", scale: .rag, due: Day.due(2020, 1, 1),
      status: "complete", today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "brag green (completed) is never overdue", scale: .brag, due: Day.due(2020, 1, 1),
      status: "green", today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "brag blue (embedded) is never overdue", scale: .brag, due: Day.due(2020, 1, 1),
      status: "blue", today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "dca green is not done, so it can be overdue", scale: .dca, due: Day.due(2020, 1, 1),
      status: "green", today: Day.of(2024, 9, 15), isOverdue: true),
    OverdueCase(
      name: "a custom done level is never overdue", scale: FixtureScales.ragp,
      due: Day.due(2020, 1, 1), status: "embedded", today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "unrated counts as not done", scale: .rag, due: Day.due(2024, 9, 14), status: nil,
      today: Day.of(2024, 9, 15), isOverdue: true),
    OverdueCase(
      name: "ongoing is never overdue", scale: .rag, due: .ongoing, status: "red",
      today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "tbc is never overdue", scale: .rag, due: .tbc, status: nil,
      today: Day.of(2024, 9, 15), isOverdue: false),
    OverdueCase(
      name: "no due date is never overdue", scale: .rag, due: nil, status: nil,
      today: Day.of(2024, 9, 15), isOverdue: false),
  ]

  @Test("the plan and the store agree on overdue", arguments: cases)
  func overdue(_ example: OverdueCase) throws {
    let plan = Plan(id: "p", title: "P", scale: example.scale, areas: [Area(id: "A", title: "A")])
    let action = Action(
      id: "1", area: 0, title: "t", due: example.due,
      status: example.status.map { FixtureScales.level($0, of: example.scale) })
    #expect(plan.isOverdue(action, today: example.today) == example.isOverdue)

    var builder = PlanStore.Builder()
    builder.add(plan, actions: [action])
    let store = builder.build()
    #expect(store.isOverdue(action: 0, today: example.today) == example.isOverdue)
    let overdue = try CompiledFilter(parsing: "due:overdue", store: store)
    #expect(
      overdue.matchingIndexes(in: store, today: example.today) == (example.isOverdue ? [0] : []))
  }
}
