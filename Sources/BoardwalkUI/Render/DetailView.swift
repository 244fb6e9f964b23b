import BoardwalkCore
import BoardwalkMeeting

/// Everything about the selected action: title, owners, dates, status with its label and
/// definition, milestones, outcomes, measures, evidence, dated updates with the direction
/// of travel, sources and links. Scrolls when longer than the pane.
enum DetailView {
  struct Line {
    var text: String
    var role: StyleRole
    var rag: RAGClass?

    /// `text` wrapped at spaces into lines of `width` cells, starting at `indent`; lines
    /// after the first are indented by `hanging` more, so a bullet's or a badge's text reads
    /// as one block. The first line carries `rag`, drawn as a badge of four cells before it.
    /// No more than `maximumLines` lines are made.
    static func wrapped(
      _ text: String, _ role: StyleRole = .text, width: Int, indent: Int = 0, hanging: Int = 0,
      rag: RAGClass? = nil, maximumLines: Int = .max
    ) -> [Line] {
      let shown = Grid.visible(text, keepingLineBreaks: true)
      let room = max(1, width - indent - hanging - (rag == nil ? 0 : 4))
      return DisplayWidth.wrap(shown, toWidth: room, maximumLines: maximumLines).enumerated().map {
        number, line in
        let pad = String(repeating: " ", count: indent + (number == 0 ? 0 : hanging))
        return Line(text: pad + line, role: role, rag: number == 0 ? rag : nil)
      }
    }
  }

  static func draw(_ state: AppState, in rect: Rect, focused: Bool, into grid: inout Grid) {
    let theme = state.theme
    let inner = PaneFrame.draw("Detail", in: rect, focused: focused, theme: theme, into: &grid)
    guard inner.width > 4, inner.height > 0 else { return }
    guard let index = state.selectedAction else {
      grid.write(
        fitting: "No action selected", x: inner.x, y: inner.y, width: inner.width,
        style: theme[.dim])
      return
    }
    // Only the lines on screen and one more (to know whether there is more) are made.
    let lines = self.lines(
      for: index, in: state, width: inner.width,
      maximumLines: state.detailScroll + inner.height + 1)
    let scroll = min(state.detailScroll, max(0, lines.count - inner.height))
    for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
      let y = inner.y + offset
      var x = inner.x
      if let rag = line.rag {
        x = RAGBadge.draw(rag, x: x, y: y, theme: theme, padded: true, into: &grid) + 1
      }
      grid.write(fitting: line.text, x: x, y: y, width: inner.maxX - x, style: theme[line.role])
    }
    if lines.count > inner.height {
      ScrollMark.draw(
        more: scroll + inner.height < lines.count, below: inner, theme: theme, into: &grid)
    }
  }

  /// How far the detail can scroll at the screen's size: its lines less the rows that show.
  /// Only as many lines are made as a scroll to `wanted` would show (a long text is not
  /// wrapped to its end to scroll a line).
  static func maximumScroll(_ state: AppState, wanted: Int) -> Int {
    guard let rect = state.layout.panes[.detail], let index = state.selectedAction else {
      return 0
    }
    let inner = rect.inset(by: 1)
    guard inner.width > 4, inner.height > 0 else { return 0 }
    let (needed, overflow) = max(0, wanted).addingReportingOverflow(inner.height + 1)
    let count = lines(
      for: index, in: state, width: inner.width, maximumLines: overflow ? .max : needed
    ).count
    return max(0, count - inner.height)
  }

  /// The detail of action `index` as lines `width` cells wide: the first `maximumLines` of
  /// them (a long text is wrapped only as far as that).
  static func lines(for index: Int, in state: AppState, width: Int, maximumLines: Int = .max)
    -> [Line]
  {
    let store = state.store
    let action = store.actions[index]
    let plan = store.plans[action.plan]
    var lines: [Line] = []
    func add(_ text: String, _ role: StyleRole = .text, indent: Int = 0, hanging: Int = 0) {
      guard lines.count < maximumLines else { return }
      lines += Line.wrapped(
        text, role, width: width, indent: indent, hanging: hanging,
        maximumLines: maximumLines - lines.count)
    }
    func section(_ title: String, _ text: String?) {
      guard let text, !text.isEmpty else { return }
      lines.append(Line(text: "", role: .text))
      add(title, .tableHeader)
      add(text, indent: 2)
    }
    let isConfidential = state.isConfidential(index)
    add(state.shownTitle(of: index), .paneTitle)
    lines.append(Line(text: "", role: .text))
    add(
      "\(action.id) · \(plan.id)" + (plan.isFictional ? " · FICTIONAL PLAN" : "")
        + (isConfidential ? " · CONFIDENTIAL" : ""), .dim)
    let level = plan.level(of: action)
    // The badge before it carries the RAG class: the label says the rest.
    let statusText = level?.label ?? "Unrated: no status given"
    lines.append(Line(text: statusText, role: .text, rag: store.rag(ofAction: index)))
    if let definition = level?.definition { add(definition, .dim, indent: 4) }
    if let trend = RatingTrend(of: action, in: plan).letters {
      add("Trend: \(trend) (oldest to latest)", .dim, indent: 4)
    }
    add("Due: " + dueLine(action, index: index, state: state))
    if isConfidential, state.isPublic {
      lines.append(Line(text: "", role: .text))
      add("Withheld in public mode (P shows them):", .dim)
      add("its owners, words, milestones and updates.", .dim)
      return lines
    }
    if let leadReturn = state.leadReturn {
      returnLines(of: index, in: leadReturn, state: state, add: add)
    }
    if let start = action.start { add("Start: \(start.readable)") }
    // An owner is one name: a line break inside one (from a spreadsheet cell) is a space here.
    let owners = action.owners.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
    add("Owners: " + (owners.isEmpty ? "none given" : owners.joined(separator: "; ")))
    let area = plan.areas[action.area]
    add("Area: \(area.id) \(area.title)")
    if !action.links.isEmpty {
      add(
        "Also serves: "
          + action.links.map { "\(plan.areas[$0].id) \(plan.areas[$0].title)" }.joined(
            separator: "; "))
    }
    section("Objective", action.objective)
    if !action.milestones.isEmpty {
      lines.append(Line(text: "", role: .text))
      add("Milestones", .tableHeader)
      for milestone in action.milestones {
        let when = milestone.due?.readable ?? milestone.dueText ?? "no date"
        let words = milestone.dueText.map { milestone.due != nil ? " “\($0)”" : "" } ?? ""
        add(
          "[\(milestone.isDone ? "x" : " ")] \(when)\(words): \(milestone.text)", indent: 2,
          hanging: 4)
      }
    }
    section("Outcomes", action.outcomes)
    section("Measures", action.measures)
    section("Evidence of impact", action.evidence)
    if !action.updates.isEmpty {
      lines.append(Line(text: "", role: .text))
      add("Updates (\(action.updates.count))", .tableHeader)
      var previous: RAGClass?
      for update in action.updates {
        let rag = update.status.map { plan.scale.levels[$0].rag }
        var head = update.date.readable
        if let status = update.status {
          head += ": " + plan.scale.levels[status].label
          if let previous, let rag { head += " \(Trend(from: previous, to: rag))" }
        }
        if let rag {
          lines.append(Line(text: head, role: .text, rag: rag))
          previous = rag
        } else {
          add(head)
        }
        if let text = update.text { add(text, .text, indent: 4) }
      }
    }
    if !action.sources.isEmpty { section("Sources", action.sources.joined(separator: "; ")) }
    return Array(lines.prefix(maximumLines))
  }

  /// What the lead's return says about the action so far, and the keys that add to it.
  private static func returnLines(
    of index: Int, in leadReturn: ReturnState, state: AppState,
    add: (String, StyleRole, Int, Int) -> Void
  ) {
    let action = state.store.actions[index]
    let ref = LeadActions.ref(index, in: state.store)
    add("", .text, 0, 0)
    guard LeadActions.owner(leadReturn.lead, of: action) != nil else {
      add("Not one of \(leadReturn.lead)'s actions: not in this return", .dim, 0, 0)
      add("", .text, 0, 0)
      return
    }
    let item = leadReturn.record.item(ref)
    let scale = state.store.plans[action.plan].scale
    add("Your return for \(leadReturn.cycle)", .tableHeader, 0, 0)
    if item.current.isEmpty {
      add("Nothing yet: u progress · r status · D due date · e evidence · t milestone", .dim, 2, 2)
    }
    for entry in item.current {
      let day = String(entry.time.prefix(10))
      let words: String
      switch entry.kind {
      case .status(let key, let reason):
        let label = scale.levelIndex(forKey: key).map { scale.levels[$0].label } ?? key
        words = "proposes status \(label): \(reason)"
      case .due(let due, let reason):
        words = "proposes due \((try? PlanDate(parsing: due).readable) ?? due): \(reason)"
      case .milestone(.number(let number)) where action.milestones.indices.contains(number - 1):
        words = "done: milestone \(number), \(action.milestones[number - 1].text)"
      default:
        words = entry.kind.words
      }
      add("\(readableDay(day)) \(words)", .text, 2, 4)
    }
    add("", .text, 0, 0)
  }

  private static func readableDay(_ day: String) -> String {
    (try? CalendarDate(parsingDay: day).readable) ?? day
  }

  private static func dueLine(_ action: Action, index: Int, state: AppState) -> String {
    guard let due = action.due else {
      return action.dueText.map { "no date (“\($0)”)" } ?? "no date"
    }
    var text = due.readable
    if let words = action.dueText, words.lowercased() != due.written.lowercased() {
      text += " (source: “\(words)”)"
    }
    if let date = due.calendarDate {
      let days = state.today.days(until: date)
      if state.store.isOverdue(action: index, today: state.today) {
        text += " · OVERDUE by \(-days) day\(days == -1 ? "" : "s")"
      } else if !state.store.isDone(action: index), days >= 0 {
        text += days == 0 ? " · due today" : " · in \(days) day\(days == 1 ? "" : "s")"
      }
    }
    return text
  }
}
