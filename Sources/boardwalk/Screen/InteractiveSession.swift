import BoardwalkCore
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
  /// The meeting journal `M` opens (or `meet` opened); and whether to open it at once.
  let journalPath: String
  let agenda: String
  let startInMeeting: Bool

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
        height: size.height)
    } catch {
      terminal.stop()
      StandardStreams.error("boardwalk: --filter: \(error)")
      return 64
    }
    if let startMessage { state = state.showing(StatusMessage(startMessage, isError: true)) }
    let runner = EffectRunner(
      load: load, today: today, journalPath: journalPath, agenda: agenda, environment: environment)
    if startInMeeting {
      state = App.update(
        consume state, .feedback(runner.perform(.openMeeting, terminal: terminal)))
    }
    terminal.draw(Renderer.render(state))
    while !state.isFinished {
      // With work pending (a picker matching a long list a slice at a time), a key is taken
      // if one is waiting; otherwise the next slice is done and drawn.
      guard let event = terminal.nextEvent(timeout: state.hasPendingWork ? 0 : 1000) else {
        if terminal.isGone { break }
        if state.hasPendingWork {
          state = App.update(consume state, .tick)
          terminal.draw(Renderer.render(state))
          continue
        }
        // Idle: see whether a plan file of the meeting changed under it.
        let changed = state.meeting == nil ? [] : runner.newlyChangedPlans()
        if !changed.isEmpty {
          state = App.update(consume state, .feedback(.plansChanged(changed)))
          terminal.draw(Renderer.render(state))
        }
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
    return 0
  }
}
