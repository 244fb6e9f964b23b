/// The render function: draws a state into a grid of cells. Pure: the same state always
/// gives the same grid, and only what is on screen is visited.
public enum Renderer {
  public static func render(_ state: AppState) -> Grid {
    let theme = state.theme
    var grid = Grid(
      width: state.width, height: state.height, filling: Cell(" ", style: theme[.text]))
    let layout = state.layout
    guard layout.mode != .tooSmall else {
      TooSmallView.draw(state, into: &grid)
      return grid
    }
    if let meeting = state.meeting {
      MeetingView.draw(state, meeting: meeting, into: &grid)
      if case .help(let help) = state.overlay {
        HelpView.draw(state, help: help, into: &grid)
      } else if case .lastMessage(let message) = state.overlay {
        MessageView.draw(state, message: message, into: &grid)
      }
      return grid
    }
    HeaderView.draw(state, in: layout.header, into: &grid)
    if let tabs = layout.tabs { TabBar.draw(state, in: tabs, into: &grid) }
    for (pane, rect) in layout.panes {
      let focused = pane == state.focus
      switch pane {
      case .areas: AreasView.draw(state, in: rect, focused: focused, into: &grid)
      case .actions: ActionsTableView.draw(state, in: rect, focused: focused, into: &grid)
      case .heatMap: HeatMapView.draw(state, in: rect, focused: focused, into: &grid)
      case .detail: DetailView.draw(state, in: rect, focused: focused, into: &grid)
      }
    }
    StatusLineView.draw(state, in: layout.status, into: &grid)
    if let overlay = state.leadReturn?.overlay {
      ReturnOverlayView.draw(state, overlay: overlay, into: &grid)
    }
    switch state.overlay {
    case .help(let help): HelpView.draw(state, help: help, into: &grid)
    case .lastMessage(let message): MessageView.draw(state, message: message, into: &grid)
    case .meetingAgenda(let choice):
      MeetingAgendaChoiceView.draw(state, choice: choice, into: &grid)
    case .picker(let picker): PickerView.draw(state, picker: picker, into: &grid)
    case .filterEditor(let editing):
      EditorBar.draw(
        state, label: "Filter", editor: editing.editor, error: editing.error,
        hint:
          "Enter keeps · Esc undoes · owner: area: plan: status: due: \"text\" -negates · a,b = any of",
        into: &grid)
    case .search(let search):
      EditorBar.draw(
        state, label: "Search", editor: search.editor, error: nil,
        hint: "Searches id, title, owners, outcomes, measures, updates · Enter keeps · Esc undoes",
        into: &grid)
    case nil:
      break
    }
    return grid
  }
}
