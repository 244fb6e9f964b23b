import BoardwalkCore
import BoardwalkMeeting

/// The meeting's editors, choices, forms and questions.
enum MeetingOverlayView {
  static func draw(_ state: AppState, overlay: MeetingOverlay, into grid: inout Grid) {
    switch overlay {
    case .text(let editor, let purpose):
      textBox(purpose.title, editor: editor, state: state, into: &grid)
    case .statusChoice(let levels, let cursor):
      choiceBox(
        "New status", hint: "↑↓ choose · Enter then give a reason · Esc cancels",
        rows: levels.map {
          ($0.rag, $0.label + ($0.isDone ? " (done: the board closes with p, then C)" : ""))
        }, cursor: cursor, state: state, into: &grid)
    case .statusReason(let editor, let level):
      let label = state.meeting?.currentAction.flatMap { index in
        let scale = state.store.plans[state.store.actions[index].plan].scale
        return scale.levelIndex(forKey: level).map { scale.levels[$0].label }
      }
      lineBox(
        "Reason for the change to \(label ?? level)", editor: editor,
        hint: "One line · Enter saves · Esc cancels", state: state, into: &grid)
    case .raise(let form), .details(let form):
      drawForm(form, state: state, into: &grid)
    case .confirmStrike(_, let summary):
      question(fitting: summary, in: "Strike out “%@”? y / n", state: state, into: &grid)
    case .confirmClosure(let ref, let title):
      question(
        "Close \(ref.action) for good? y / n",
        details: ["“\(title)”", "The board confirms management's proposal."], state: state,
        into: &grid)
    case .confirmReopen(let ref, let title):
      question(
        "Reopen \(ref.action)? y / n",
        details: ["“\(title)”", "The board's closure is undone: the action stays open."],
        state: state, into: &grid)
    case .confirmDiscard:
      question("Throw away what you typed? y / n", state: state, into: &grid)
    case .attendance, .substitute, .guest, .boardForm, .actionLog, .previousMinutes,
      .exemptParagraph:
      drawBoard(overlay, state: state, into: &grid)
    }
  }

  /// A board's overlays: attendance, the action log, its forms.
  private static func drawBoard(_ overlay: MeetingOverlay, state: AppState, into grid: inout Grid) {
    guard let meeting = state.meeting else { return }
    switch overlay {
    case .attendance(let cursor):
      let quorum =
        meeting.quorum.map {
          $0.words(members: meeting.board?.board.votingMembers.count ?? 0) + " · "
        } ?? ""
      let rows = AppState.attendanceRows(meeting).map { row -> (rag: RAGClass?, text: String) in
        let status =
          row.recorded.map {
            guard $0.status == .substitute else { return $0.status.words }
            // On the member's own row: who stands in; on the substitute's: for whom.
            return $0.name == row.name
              ? "substitute for \($0.substituteFor ?? "?")" : "substitute: \($0.name)"
          } ?? "not recorded"
        let role = row.role.isEmpty ? "" : ", \(row.role)"
        let vote = row.isVoting ? " (voting)" : ""
        return (nil, DisplayWidth.fit(status, toWidth: 28) + " \(row.name)\(role)\(vote)")
      }
      choiceBox(
        "Attendance", hint: quorum + "p a x s i + · Esc closes", rows: rows, cursor: cursor,
        width: 110, state: state, into: &grid)
    case .substitute(let editor, let member):
      lineBox(
        "Substitute for \(member): their name", editor: editor,
        hint: "Enter saves · Esc goes back", state: state, into: &grid)
    case .guest(let editor):
      lineBox(
        "In attendance (not on the board's list): their name", editor: editor,
        hint: "Enter saves · Esc goes back", state: state, into: &grid)
    case .boardForm(let form, _):
      drawForm(form, state: state, into: &grid)
    case .exemptParagraph(let cursor):
      choiceBox(
        "Taken in private under Schedule 12A, paragraph:",
        hint: "1-7 or ↑↓ · Enter marks the item confidential · Esc cancels",
        rows: ExemptInformation.paragraphs.enumerated().map {
          (nil, "\($0.offset + 1). \($0.element)")
        },
        cursor: cursor, width: 110, state: state, into: &grid)
    case .actionLog(let cursor):
      let reviewed = Dictionary(
        meeting.record.boardActionReviews.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
      let rows = (meeting.board?.log.open ?? []).map { entry -> (rag: RAGClass?, text: String) in
        var text =
          "\(entry.action.id) \(entry.action.text) · \(entry.action.owner) · due \(entry.due)"
        if entry.timesCarried > 0 { text += " · carried \(entry.timesCarried)×" }
        if let review = reviewed[entry.action.id] {
          text +=
            " · now: \(review.outcome.rawValue)\(review.due.map { " to \($0)" } ?? ""): \(review.note)"
        }
        return (nil, text)
      }
      choiceBox(
        "The board's action log", hint: "d done · c carry forward · x drop · Esc closes",
        rows: rows, cursor: cursor, width: 110, state: state, into: &grid)
    case .previousMinutes(let editor, let day):
      let readable = (try? CalendarDate(parsingDay: day).readable) ?? day
      textBox(
        "Minutes of \(readable): corrections, one a line, MINUTE: words (none: agreed as they stand)",
        editor: editor, state: state, into: &grid)
    default:
      break
    }
  }

  /// A box for several lines of text being written, titled `title`.
  static func textBox(_ title: String, editor: TextEditor, state: AppState, into grid: inout Grid) {
    let theme = state.theme
    let rows = max(3, min(12, state.height - 8))
    let box = OverlayBox.centred(
      width: min(90, state.width - 2), height: rows + 3, screenWidth: state.width,
      screenHeight: state.height)
    let inner = OverlayBox.draw(title, in: box, theme: theme, into: &grid)
    drawText(
      editor, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1),
      theme: theme, into: &grid)
    grid.write(
      fitting: "Enter saves · Ctrl-J new line · Ctrl-O $EDITOR · Esc cancels", x: inner.x,
      y: inner.maxY - 1, width: inner.width, style: theme[.dim])
  }

  /// A list to choose one row from: each row with its RAG badge when it has one.
  static func choiceBox(
    _ title: String, hint: String, rows: [(rag: RAGClass?, text: String)], cursor: Int,
    width: Int = 70, state: AppState, into grid: inout Grid
  ) {
    let theme = state.theme
    let boxWidth = min(width, state.width - 2)
    // The row under the cursor, when the box cuts it, is shown whole beneath the list (up to
    // three lines): on a narrow screen the chair still reads what is being chosen.
    // Where a row's text starts in the box: after the rating's badge, when it has one.
    let indent = rows.indices.contains(cursor) && rows[cursor].rag != nil ? 4 : 1
    let innerWidth = (boxWidth >= state.width - 2 ? state.width : boxWidth) - 2
    let chosen = rows.indices.contains(cursor) ? rows[cursor].text : ""
    let whole =
      DisplayWidth.of(chosen) > innerWidth - indent
      ? DisplayWidth.wrap(chosen, toWidth: max(1, innerWidth - indent), maximumLines: 3) : []
    let box = OverlayBox.centred(
      width: boxWidth, height: rows.count + 4 + whole.count,
      screenWidth: state.width, screenHeight: state.height)
    let inner = OverlayBox.draw(title, in: box, theme: theme, into: &grid)
    grid.write(fitting: hint, x: inner.x, y: inner.y, width: inner.width, style: theme[.dim])
    // The whole text takes the bottom of the box, if the box has room for it and a row.
    let wholeRows = inner.height - 1 > whole.count + 1 ? whole.count : 0
    for (line, text) in whole.prefix(wholeRows).enumerated() {
      grid.write(
        fitting: text, x: inner.x + indent, y: inner.maxY - wholeRows + line,
        width: inner.width - indent, style: theme[.dim])
    }
    // A list longer than the box scrolls to keep the cursor in it.
    let room = max(1, inner.height - 1 - (wholeRows > 0 ? wholeRows + 1 : 0))
    let top = max(0, cursor - room + 1)
    for (offset, row) in rows.enumerated().dropFirst(top).prefix(room) {
      let y = inner.y + 1 + offset - top
      let style = offset == cursor ? theme[.selection] : theme[.overlay]
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
      let x =
        row.rag.map {
          RAGBadge.draw($0, x: inner.x, y: y, theme: theme, padded: true, into: &grid) + 1
        } ?? inner.x + 1
      grid.write(fitting: row.text, x: x, y: y, width: inner.maxX - x, style: style)
    }
  }

  /// One line being written, titled `title`, with a hint (or an error) under it.
  static func lineBox(
    _ title: String, editor: LineEditor, hint: String, error: String? = nil, state: AppState,
    into grid: inout Grid
  ) {
    let theme = state.theme
    let box = OverlayBox.centred(
      width: min(90, state.width - 2), height: 5, screenWidth: state.width,
      screenHeight: state.height)
    let inner = OverlayBox.draw(title, in: box, theme: theme, into: &grid)
    EditorBar.drawEditor(
      editor, prompt: "› ", x: inner.x, y: inner.y, width: inner.width, theme: theme, into: &grid)
    grid.write(
      fitting: error ?? hint, x: inner.x, y: inner.y + 2, width: inner.width,
      style: theme[error == nil ? .dim : .error])
  }

  /// A question naming something (`%@` in `template`): the name gives way, not the answer
  /// keys.
  static func question(
    fitting name: String, in template: String, state: AppState, into grid: inout Grid
  ) {
    let frame = template.replacingOccurrences(of: "%@", with: "")
    let room = max(1, state.width - 8 - DisplayWidth.of(frame))
    let shown = DisplayWidth.truncate(Grid.flattened(name), toWidth: room)
    question(template.replacingOccurrences(of: "%@", with: shown), state: state, into: &grid)
  }

  /// A question on its first line, whole, and lines of detail under it, cut to fit.
  static func question(
    _ text: String, details: [String] = [], state: AppState, into grid: inout Grid
  ) {
    let widest = ([text] + details).map { DisplayWidth.of(Grid.flattened($0)) }.max() ?? 0
    let box = OverlayBox.centred(
      width: min(widest + 6, state.width - 2), height: 3 + details.count,
      screenWidth: state.width, screenHeight: state.height)
    let inner = OverlayBox.draw("Confirm", in: box, theme: state.theme, into: &grid)
    for (offset, line) in ([text] + details).enumerated() where offset < inner.height {
      grid.write(
        fitting: Grid.flattened(line), x: inner.x + 1, y: inner.y + offset,
        width: inner.width - 1, style: state.theme[offset == 0 ? .overlay : .dim])
    }
  }

  private static func drawForm(_ form: FormState, state: AppState, into grid: inout Grid) {
    let theme = state.theme
    // Borders and the footer take three rows; the fields have the rest.
    let layout = FormLayout(
      fields: form.fields.count, focused: form.focused,
      rows: min(form.fields.count * 2 + 4, state.height) - 3)
    let box = OverlayBox.centred(
      width: min(90, state.width - 2), height: layout.height + 4, screenWidth: state.width,
      screenHeight: state.height)
    let inner = OverlayBox.draw(form.title, in: box, theme: theme, into: &grid)
    let labelWidth = min(18, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 8) + 2)
    var y = inner.y
    for index in layout.shown {
      let field = form.fields[index]
      defer { y += layout.showsHint(of: index) ? 2 : 1 }
      grid.write(
        fitting: field.label, x: inner.x, y: y, width: labelWidth,
        style: theme[index == form.focused ? .overlayTitle : .overlay])
      if index == form.focused && form.isSelected {
        // Selected: shown as a selection, which typing replaces.
        grid.fill(
          Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1),
          style: theme[.editor])
        grid.write(
          fitting: field.editor.text, x: inner.x + labelWidth, y: y,
          width: inner.width - labelWidth, style: theme[.selection])
      } else if index == form.focused {
        EditorBar.drawEditor(
          field.editor, prompt: "", x: inner.x + labelWidth, y: y, width: inner.width - labelWidth,
          theme: theme, into: &grid)
      } else {
        grid.write(
          fitting: field.editor.text, x: inner.x + labelWidth, y: y,
          width: inner.width - labelWidth, style: theme[.overlay])
      }
      if layout.showsHint(of: index) {
        grid.write(
          fitting: field.hint, x: inner.x + labelWidth, y: y + 1, width: inner.width - labelWidth,
          style: theme[.dim])
      }
    }
    // Fields above or below the box are a Tab away: the box's border says so.
    if layout.shown.first ?? 0 > 0 {
      grid.write("↑ more", x: box.maxX - 9, y: box.y, style: theme[.overlayTitle])
    }
    if layout.shown.last ?? 0 < form.fields.count - 1 {
      grid.write("↓ more", x: box.maxX - 9, y: box.maxY - 1, style: theme[.overlayTitle])
    }
    let footer =
      form.error ?? "Tab next field · Enter on the last field or Ctrl-S saves · Esc cancels"
    grid.write(
      fitting: footer, x: inner.x, y: inner.maxY - 1, width: inner.width,
      style: theme[form.error == nil ? .dim : .error])
  }

  /// A multi-line editor's text, wrapped at spaces, with its cursor shown, scrolled to keep it
  /// in view. Every character is drawn (spaces too), so the cursor can stand on any of them.
  static func drawText(_ editor: TextEditor, in rect: Rect, theme: Theme, into grid: inout Grid) {
    var visual: [(characters: ArraySlice<Character>, row: Int, start: Int)] = []
    var cursorLine = 0
    for (row, line) in editor.lines.enumerated() {
      var start = 0
      repeat {
        var width = 0
        var end = start
        while end < line.count,
          width + DisplayWidth.of(Grid.displayable(line[end])) <= rect.width - 1
        {
          width += DisplayWidth.of(Grid.displayable(line[end]))
          end += 1
        }
        if end == start && end < line.count { end += 1 }
        // A line that does not fit breaks after a space, so words stay whole: a space just
        // past the edge hangs in the column kept for the cursor; otherwise the line breaks
        // after its last space. A word longer than the line is broken where the line ends.
        if end < line.count, line[end] == " " {
          end += 1
        } else if end < line.count, let space = line[(start + 1)..<end].lastIndex(of: " ") {
          end = space + 1
        }
        if row == editor.row && editor.column >= start && (editor.column < end || end == line.count)
        {
          cursorLine = visual.count
        }
        visual.append((line[start..<end], row, start))
        start = end
      } while start < line.count
    }
    let top = max(0, cursorLine - rect.height + 1)
    for (offset, piece) in visual.dropFirst(top).prefix(rect.height).enumerated() {
      let y = rect.y + offset
      var x = rect.x
      grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme[.editor])
      for (position, character) in piece.characters.enumerated() {
        var style = theme[.editor]
        if piece.row == editor.row && piece.start + position == editor.column {
          style.isReversed.toggle()
        }
        x = grid.write(String(character), x: x, y: y, style: style)
      }
      if piece.row == editor.row && editor.column == piece.start + piece.characters.count,
        x < rect.maxX
      {
        var style = theme[.editor]
        style.isReversed.toggle()
        grid.write(" ", x: x, y: y, style: style)
      }
    }
  }
}
