import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// The screen a lead writes their return on (`boardwalk update --owner NAME`), driven as the
/// shell drives it: the shell opens the return file and reports `.returnOpened`; entries the
/// screen asks to record wait in `pending` until `save()` appends them as the shell would.
struct ReturnScreen {
  var state: AppState
  private(set) var file: [JournalEntry]
  private(set) var pending: [Effect] = []

  static let path = "returns/2026-11/head-of-send.jsonl"

  /// Head of SEND's return over the `boards` fixture (riverside and lakeside): five open
  /// actions (riverside 1.1, 1.2, 2.2; lakeside AP-2, IN-1), `events` already in the file.
  init(
    lead: String = "Head of SEND", width: Int = 100, height: Int = 40,
    events: [MeetingEvent] = []
  ) throws {
    let store = try Fixture.boards.store()
    state = try AppState(
      store: store, today: Fixture.today, theme: ThemeCatalog.theme(named: "monochrome"),
      me: lead, width: width, height: height)
    file = [
      JournalEntry(
        sequence: 1, time: "2026-11-14T09:00:00+00:00",
        event: .returnStarted(ReturnStart(lead: lead, cycle: "2026-11", plans: [])))
    ]
    for event in events {
      file.append(
        JournalEntry(
          sequence: file.count + 1, time: "2026-11-14T09:0\(file.count):00+00:00", event: event))
    }
    send(
      .feedback(
        .returnOpened(
          ReturnOpening(lead: lead, cycle: "2026-11", path: Self.path, entries: file))))
  }

  mutating func send(_ event: Event) {
    state = App.update(state, event)
    pending += state.takeEffects()
  }

  mutating func press(_ keys: Key...) {
    for key in keys { send(.key(key)) }
  }

  mutating func type(_ text: String) {
    for scalar in text.unicodeScalars { send(.key(.character(Character(scalar)))) }
  }

  /// The entries the screen asked to append and that are not saved yet.
  var eventsToRecord: [MeetingEvent] {
    pending.compactMap { if case .record(let event) = $0 { event } else { nil } }
  }

  /// Appends every pending entry, as the shell does, and reports each `.saved`.
  mutating func save() {
    let events = eventsToRecord
    pending.removeAll { if case .record = $0 { true } else { false } }
    for event in events {
      let entry = JournalEntry(
        sequence: file.count + 1, time: "2026-11-15T10:0\(file.count):00+00:00", event: event)
      file.append(entry)
      send(.feedback(.saved(entry)))
    }
  }

  /// Fails every pending entry with `reason`, as the shell does when the append fails.
  mutating func failSaving(_ reason: String) {
    let events = eventsToRecord
    pending.removeAll { if case .record = $0 { true } else { false } }
    for event in events { send(.feedback(.notSaved(event, reason))) }
  }

  /// Moves the table's cursor to the action `id`.
  mutating func select(_ id: String) {
    send(.key(.character("g")))
    for _ in state.rows.indices {
      if state.selectedAction.map({ state.store.actions[$0].id }) == id { return }
      send(.key(.down))
    }
    Issue.record("no row \(id) in the table")
  }

  var grid: Grid { Renderer.render(state) }
  var overlay: ReturnOverlay? { state.leadReturn?.overlay }
  var message: StatusMessage? { state.message }
  var rowIDs: [String] { state.rows.map { state.store.actions[$0].id } }

  func shows(_ text: String) -> Bool { !grid.rows(containing: text).isEmpty }
}

extension ReturnScreen: CustomTestStringConvertible {
  var testDescription: String { "\n" + grid.text }
}
