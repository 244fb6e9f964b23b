import BoardwalkCore
import BoardwalkTerminal
import BoardwalkUI

/// Runs the screen: picks the theme, starts the terminal, and loops events through the
/// update and render functions until the user quits.
struct InteractiveSession {
  let store: PlanStore
  let today: CalendarDate
  let filter: FilterExpression
  let me: String?
  let themeName: String
  let environment: [String: String]
  let startMessage: String?

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
    terminal.draw(Renderer.render(state))
    while !state.isFinished {
      guard let event = terminal.nextEvent(timeout: 1000) else {
        if terminal.isGone { break }
        continue
      }
      state = App.update(state, event)
      terminal.draw(Renderer.render(state))
    }
    return 0
  }
}
