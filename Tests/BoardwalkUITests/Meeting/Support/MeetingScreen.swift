import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Testing

/// The meeting screen driven as the shell drives it: events go through `App.update`; the
/// effects the screen asks for wait in `pending` until the test carries them out as the shell
/// would (`save()` appends each event to the journal and reports `.saved`; `failSaving`
/// reports `.notSaved`); the grid is what `Renderer.render` draws.
struct MeetingScreen {
  var state: AppState
  /// The journal as written so far: the opening entries and every entry saved since.
  private(set) var journal: [JournalEntry]
  /// What the screen asked the shell to do and the shell has not done yet, oldest first.
  private(set) var pending: [Effect] = []

  static let journalPath = "board-2026-11.jsonl"

  /// A meeting over `plans`, `width` x `height`, opened by the shell: new, or resumed with
  /// `events` already in its journal after the opening entries; `readOnly` follows it.
  init(
    _ plans: MeetingPlans = .boards, width: Int = 80, height: Int = 24, agenda: String = "",
    resuming events: [MeetingEvent]? = nil, warnings: [String] = [], readOnly: Bool = false,
    returns: LeadReturns = .none, board: BoardContext? = nil
  ) throws {
    let store = try plans.store()
    state = try AppState(
      store: store, today: Fixture.today, theme: ThemeCatalog.theme(named: "monochrome"),
      width: width, height: height, returns: returns)
    journal = OpeningJournal.entries(for: store, agenda: agenda, then: events ?? [])
    var opening = MeetingOpening(
      journalPath: Self.journalPath, entries: journal, warnings: warnings,
      isResumed: events != nil, isReadOnly: readOnly)
    opening.board = board
    send(.feedback(.meetingOpened(opening)))
  }

  // MARK: Input

  mutating func send(_ event: Event) {
    state = App.update(state, event)
    pending += state.takeEffects()
  }

  mutating func press(_ keys: Key...) {
    for key in keys { send(.key(key)) }
  }

  /// Types text one key at a time, one key per Unicode scalar, as the terminal reports it.
  mutating func type(_ text: String) {
    for scalar in text.unicodeScalars { send(.key(.character(Character(scalar)))) }
  }

  mutating func paste(_ text: String) { send(.paste(text)) }

  // MARK: The shell

  /// The events the screen asked to journal and that are not saved yet.
  var eventsToRecord: [MeetingEvent] {
    pending.compactMap { if case .record(let event) = $0 { event } else { nil } }
  }

  /// Saves every pending journal event, as the shell does after a successful append:
  /// the next sequence number, then `.saved` with the entry.
  mutating func save() {
    for event in takeRecords() {
      let sequence = (journal.last?.sequence ?? 0) + 1
      let entry = JournalEntry(
        sequence: sequence, time: OpeningJournal.time(sequence), event: event)
      journal.append(entry)
      send(.feedback(.saved(entry)))
    }
  }

  /// Fails every pending journal event with `reason`, as the shell does when the append fails.
  mutating func failSaving(_ reason: String) {
    for event in takeRecords() { send(.feedback(.notSaved(event, reason))) }
  }

  /// Carries out a pending `$EDITOR` effect: the editor returns `text` (`nil`: it failed).
  mutating func editorReturns(_ text: String?) {
    pending.removeAll { if case .editExternally = $0 { true } else { false } }
    send(.feedback(.editedExternally(text)))
  }

  private mutating func takeRecords() -> [MeetingEvent] {
    let events = eventsToRecord
    pending.removeAll { if case .record = $0 { true } else { false } }
    return events
  }

  // MARK: What is on screen

  var grid: Grid { Renderer.render(state) }

  var meeting: MeetingState? { state.meeting }

  var overlay: MeetingOverlay? { state.meeting?.overlay }

  var message: StatusMessage? { state.message }

  /// The ids of the agenda's actions, in order.
  var agendaIDs: [String] {
    (state.meeting?.agenda.actions ?? []).map { state.store.actions[$0].id }
  }

  /// The id of the current item.
  var currentID: String? { state.meeting?.currentAction.map { state.store.actions[$0].id } }

  /// What the meeting has recorded (and not struck out) about an action.
  func recorded(_ ref: ActionRef) -> [ItemRecord.Entry.Kind] {
    state.meeting?.record.item(ref).liveEntries.map(\.kind) ?? []
  }

  /// The text in the open minute editor, if one is open.
  var editorText: String? {
    if case .text(let editor, _) = overlay { editor.text } else { nil }
  }

  /// The open minute editor, if one is open.
  var editor: TextEditor? {
    if case .text(let editor, _) = overlay { editor } else { nil }
  }

  /// Whether any row of the screen shows `text`.
  func shows(_ text: String) -> Bool { !grid.rows(containing: text).isEmpty }
}

extension MeetingScreen: CustomTestStringConvertible {
  /// A failed expectation shows the screen as drawn.
  var testDescription: String { "\n" + grid.text }
}
