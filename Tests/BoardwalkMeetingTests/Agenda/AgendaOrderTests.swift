import BoardwalkCore
import BoardwalkMeeting
import Testing

/// Each section of the agenda as [plan index, area index, store indexes of its actions...].
private func sections(_ agenda: Agenda) -> [[Int]] {
  agenda.sections.map { [$0.plan, $0.area] + $0.actions }
}

@Suite("the default agenda: areas in order, the actions that need the board first")
struct AgendaOrderTests {
  @Test("areas in plan order with parents before children, red, amber, overdue, then the rest")
  func defaultOrder() {
    let agenda = Agenda.build(store: AgendaBoard.store(), today: AgendaBoard.today)
    // [plan, area, actions...]: P1, then O1 and X beneath it, then P2 and O2; then west's W1.
    #expect(
      sections(agenda) == [
        [0, 0, 1, 4, 10, 3, 6, 0, 5],
        [0, 2, 2],
        [0, 4, 7],
        [0, 1, 8],
        [0, 3, 9],
        [1, 0, 12, 14, 13, 11],
      ])
    #expect(agenda.actions == [1, 4, 10, 3, 6, 0, 5, 2, 7, 8, 9, 12, 14, 13, 11])
  }

  @Test("an area with no actions of its own has no section")
  func emptyAreaHasNoSection() {
    let agenda = Agenda.build(store: AgendaBoard.store(), today: AgendaBoard.today)
    #expect(!agenda.sections.contains { $0.plan == 1 && $0.area == 1 })
  }

  @Test("every action appears once, under its own area only")
  func everyActionOnce() {
    let store = AgendaBoard.store()
    let agenda = Agenda.build(store: store, today: AgendaBoard.today)
    #expect(agenda.actions.sorted() == Array(0..<15))
    for section in agenda.sections {
      for index in section.actions { #expect(store.actions[index].area == section.area) }
    }
  }

  @Test(
    "red, amber and overdue actions need the board; the rest do not",
    arguments: [
      (1, true), (10, true), (3, true), (4, true), (6, true), (12, true), (13, true),
      (0, false), (5, false), (8, false), (11, false),
    ])
  func needsBoard(index: Int, needs: Bool) {
    #expect(Agenda.needsBoard(index, store: AgendaBoard.store(), today: AgendaBoard.today) == needs)
  }

  @Test("the order depends on the day: an action falls overdue the day after it is due")
  func dependsOnToday() {
    let tomorrow = AgendaBoard.today.adding(days: 1)
    let agenda = Agenda.build(store: AgendaBoard.store(), today: tomorrow)
    // e9 (index 8), due 2026-11-22, is overdue on the 23rd, but alone in P2 either way.
    #expect(Agenda.needsBoard(8, store: AgendaBoard.store(), today: tomorrow))
    #expect(sections(agenda)[3] == [0, 1, 8])
  }
}
