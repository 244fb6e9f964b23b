import BoardwalkCore
import BoardwalkMeeting
import BoardwalkTerminal
import BoardwalkUI

/// Runs the screen: picks the theme, starts the terminal, and loops events through the
/// update and render functions until the user quits.
struct InteractiveSession {
  let load: PlanLoader.Result
  var store: PlanStore { load.store }
  let today: CalendarDate
  let filter: FilterExpression
  let me: String?
  let themeName: String
  let environment: [String: String]
  let startMessage: String?
  /// The meeting journal `M` opens (or `meet` opened).
  let journalPath: String
  /// The agenda a meeting started from this screen has (`nil`: the default).
  let agenda: String?
  /// The meeting the screen starts in, opened by the command.
  var meeting: Meeting = .none
  /// Whether the screen starts in public mode (confidential text withheld).
  var isPublic = false
  /// A new meeting's title: the board's name, when there is a board file.
  var meetingTitle: String?
  /// The board, when there is a board file: a meeting knows its members, quorum and log.
  var board: Board?
  /// What the leads' returns of the cycle say, for the meeting's items.
  var returns = LeadReturns.none

  /// A meeting opened before the screen starts.
  enum Meeting {
    case none
    /// Recorded on this screen: the journal is open and locked.
    case recording(JournalFile, MeetingOpening)
    /// Followed, read-only, while another screen records it.
    case following(JournalFollower, MeetingOpening)
    /// Not a meeting: a lead's return, open and locked, that the screen writes into.
    case returning(JournalFile, ReturnOpening)
  }

  /// Runs until the user quits; returns the exit status.
  func run() -> Int32 {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    var theme: Theme
    do {
      theme = try ThemeCatalog.theme(
        named: noColor ? "monochrome" : themeName, environment: environment)
    } catch {
      StandardStreams.error("boardwalk: --theme: \(error)")
      return 64
    }
    let terminal: Terminal
    do {
      terminal = try Terminal.start(color: !noColor)
    } catch {
      StandardStreams.error("boardwalk: \(error)")
      return 1
    }
    defer { terminal.stop() }
    if terminal.colorCount == 0, !noColor,
      let monochrome = try? ThemeCatalog.theme(named: "monochrome")
    {
      theme = monochrome
    } else if terminal.colorCount > 0, terminal.colorCount < 256 {
      theme = theme.basicColors
    }
    let size = terminal.size
    var state: AppState
    do {
      state = try AppState(
        store: store, today: today, theme: theme, filter: filter, me: me, width: size.width,
        height: size.height, isPublic: isPublic, returns: returns)
    } catch {
      terminal.stop()
      StandardStreams.error("boardwalk: --filter: \(error)")
      return 64
    }
    if let startMessage { state = state.showing(StatusMessage(startMessage, isError: true)) }
    let runner = EffectRunner(
      load: load, today: today, journalPath: journalPath, agenda: agenda, environment: environment,
      meetingTitle: meetingTitle, board: board)
    if let opened = runner.adopt(meeting) {
      state = App.update(consume state, .feedback(opened))
    }
    terminal.draw(Renderer.render(state))
    // The screen filters and picks owners from its first keystroke: with the first frame on
    // screen, the owner and search indexes are built in the background, before a key comes.
    store.prepareIndexes()
    while !state.isFinished {
      // Ctrl-C asks first while something is being written (and once it has asked, ends).
      terminal.asksBeforeInterrupt = state.unsavedDraft != nil && !state.isAskingToQuit
      // With work pending (a picker matching a long list a slice at a time), a key is taken
      // if one is waiting; otherwise the next slice is done and drawn.
      guard let event = terminal.nextEvent(timeout: state.hasPendingWork ? 0 : 1000) else {
        if terminal.isGone { break }
        if state.hasPendingWork {
          state = App.update(consume state, .tick)
          terminal.draw(Renderer.render(state))
          continue
        }
        // Idle: see whether a plan file of the meeting changed under it, or the meeting
        // this screen follows moved on.
        var feedback: [ShellFeedback] = []
        if state.meeting != nil {
          let changed = runner.newlyChangedPlans()
          if !changed.isEmpty { feedback.append(.plansChanged(changed)) }
          if let followed = runner.followedMeetingNews() { feedback.append(followed) }
        }
        for item in feedback { state = App.update(consume state, .feedback(item)) }
        if !feedback.isEmpty { terminal.draw(Renderer.render(state)) }
        continue
      }
      // Handed over, not copied: the update changes the state in place.
      state = App.update(consume state, event)
      // Effects first (a journal entry reaches the disk), then the screen shows the result.
      while case let effects = state.takeEffects(), !effects.isEmpty {
        for effect in effects {
          state = App.update(consume state, .feedback(runner.perform(effect, terminal: terminal)))
        }
      }
      terminal.draw(Renderer.render(state))
    }
    // Ended by Ctrl-C: the status a shell expects of an interrupted program.
    return state.wasInterrupted ? 130 : 0
  }
}
