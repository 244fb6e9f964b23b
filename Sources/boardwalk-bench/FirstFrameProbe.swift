import BoardwalkCore
import BoardwalkUI

/// What the screen does before its first frame: load, build the state, render.
enum FirstFrameProbe {
  static func draw(folder: String) -> Grid {
    let load = PlanLoader.load(paths: [folder])
    let theme =
      (try? ThemeCatalog.theme(named: "default")) ?? (try! ThemeCatalog.theme(named: "monochrome"))
    let state = try! AppState(
      store: load.store, today: .today(), theme: theme, width: 200, height: 50)
    return Renderer.render(state)
  }
}
