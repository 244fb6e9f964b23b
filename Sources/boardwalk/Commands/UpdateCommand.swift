import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Foundation

/// `boardwalk update`: a lead writes one entry of their return (a progress note, a proposed
/// status or due date, evidence, a milestone done), or lists their open actions.
struct UpdateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Write a lead's return: on screen, or one entry at a time.",
    discussion: """
      A lead's return for a cycle is one file, returns/CYCLE/LEAD.jsonl (JSON Lines, written \
      as the meeting journal is: each entry flushed to disk before "saved", one writer at a \
      time, a torn last line kept aside and cut off). With --action, one entry is added: \
      --note TEXT (progress), --propose-status KEY --reason TEXT (a level key of the plan's \
      scale), --propose-due DATE --reason TEXT (as a plan writes a due date), --evidence TEXT, \
      or --milestone N (its number, or its due date). The action must be one of the lead's \
      (--owner, matched as owner: in a filter: exactly, ignoring case). Without --action, on a \
      terminal, the screen opens on the lead's open actions: u writes progress, r proposes a \
      status, D a due date, e adds evidence, t ticks a milestone, X withdraws the last entry \
      (? lists every key). With --list, or when the output is not a terminal, the lead's open \
      actions are listed with the latest entry of their return. BOARDWALK_OWNER gives --owner. \
      See docs/returns.md.
      """
  )

  @OptionGroup var plans: PlanOptions
  @OptionGroup var returns: ReturnOptions

  @Option(
    help: ArgumentHelp(
      "The lead writing the return (default: $BOARDWALK_OWNER).", valueName: "NAME"))
  var owner: String?

  @Flag(help: "List the lead's open actions and their return so far, instead of the screen.")
  var list = false

  @Option(
    help: ArgumentHelp(
      "The screen's theme: default, colour-blind, high-contrast, monochrome, or a theme file.",
      valueName: "NAME"))
  var theme: String = "default"

  @Option(help: ArgumentHelp("The action the entry is about.", valueName: "ID"))
  var action: String?

  @Option(help: ArgumentHelp("The action's plan, when its id is in several.", valueName: "PLANID"))
  var plan: String?

  @Option(help: ArgumentHelp("A progress note.", valueName: "TEXT"))
  var note: String?

  @Option(
    help: ArgumentHelp("Propose this status (a level key of the plan's scale).", valueName: "KEY"))
  var proposeStatus: String?

  @Option(
    help: ArgumentHelp(
      "Propose this due date (YYYY-MM-DD, YYYY-MM, ongoing or tbc).", valueName: "DATE"))
  var proposeDue: String?

  @Option(help: ArgumentHelp("Why (with --propose-status or --propose-due).", valueName: "TEXT"))
  var reason: String?

  @Option(help: ArgumentHelp("Evidence: a link, or where to find it.", valueName: "TEXT"))
  var evidence: String?

  @Option(
    help: ArgumentHelp("A milestone done: its number (1 for the first) or its due.", valueName: "N")
  )
  var milestone: String?

  /// The lead: --owner, else BOARDWALK_OWNER.
  private var lead: String? {
    owner
      ?? ProcessInfo.processInfo.environment["BOARDWALK_OWNER"].flatMap {
        $0.isEmpty ? nil : $0
      }
  }

  func validate() throws {
    guard let lead, !lead.allSatisfy(\.isWhitespace) else {
      throw ValidationError("give the lead: --owner NAME, or set BOARDWALK_OWNER")
    }
    let entries = [note, proposeStatus, proposeDue, evidence, milestone].compactMap { $0 }
    if action == nil {
      if !entries.isEmpty || reason != nil {
        throw ValidationError("give --action ID: an entry is about one action")
      }
      return
    }
    if list { throw ValidationError("--list lists every action: leave out --action") }
    guard entries.count == 1 else {
      throw ValidationError(
        "give one of --note, --propose-status, --propose-due, --evidence or --milestone")
    }
    for (name, text) in [("--note", note), ("--evidence", evidence)] {
      if let text, text.allSatisfy(\.isWhitespace) {
        throw ValidationError("\(name) is empty: write what is to be saved")
      }
    }
    let proposes = proposeStatus != nil || proposeDue != nil
    if proposes, (reason ?? "").allSatisfy(\.isWhitespace) {
      throw ValidationError("a proposal needs a reason: add --reason TEXT")
    }
    if !proposes, reason != nil {
      throw ValidationError("--reason goes with --propose-status or --propose-due")
    }
  }

  func run() throws {
    guard let lead else { throw ExitCode(64) }
    let result = PlanLoading.load(plans)
    guard !result.hasErrors, !result.store.plans.isEmpty else {
      StandardStreams.error("boardwalk: fix the plan errors above first (boardwalk check)")
      throw ExitCode(1)
    }
    let store = result.store
    let cycle = returns.resolvedCycle(today: plans.day)
    guard let action else {
      if list || !TerminalWidth.isOutputTerminal || isatty(STDIN_FILENO) == 0 {
        try printToDo(lead: lead, store: store, cycle: cycle)
      } else {
        try openScreen(lead: lead, result: result, cycle: cycle)
      }
      return
    }
    let index = try find(action, in: store)
    let found = store.actions[index]
    let ref = LeadActions.ref(index, in: store)
    guard let name = LeadActions.owner(lead, of: found) else {
      let whose =
        found.owners.isEmpty
        ? "it has no owner" : "its owners are \(found.owners.joined(separator: "; "))"
      try refuse("\(ref) is not an action of \"\(lead)\": \(whose)")
    }
    let event = try entry(for: ref, action: found, plan: store.plans[found.plan])
    let path = ReturnFiles.path(folder: returns.folder, cycle: cycle, lead: name)
    try Self.makeFolder(of: path)
    do throws(JournalError) {
      let file = try Self.openReturn(path, lead: name, cycle: cycle, result: result)
      defer { file.close() }
      if let torn = file.tornTail { StandardStreams.error("boardwalk: warning: \(torn)") }
      try file.append(event)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    StandardStreams.output("saved to \(path)\n")
  }

  /// Makes the return's folder (`returns/CYCLE`) if it is not there yet.
  private static func makeFolder(of path: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    } catch {
      StandardStreams.error(
        "boardwalk: \(path): cannot make its folder (\(error.localizedDescription)); nothing was written"
      )
      throw ExitCode(1)
    }
  }

  /// Opens (locks) the return at `path`, checking that it is `lead`'s for `cycle`; a new
  /// return is started with the plans as they are now.
  private static func openReturn(
    _ path: String, lead: String, cycle: ReturnCycle, result: PlanLoader.Result
  ) throws(JournalError) -> JournalFile {
    let file = try JournalFile(path: path, kind: .return)
    do throws(JournalError) {
      if let start = ReturnRecord(entries: file.entries).start {
        guard SearchFolding.fold(start.lead) == SearchFolding.fold(lead),
          start.cycle == cycle.description
        else {
          throw JournalError(
            "\(path) is the return of \"\(start.lead)\" for \(start.cycle), not of \"\(lead)\" for \(cycle); nothing was written"
          )
        }
      } else {
        try file.append(
          .returnStarted(
            ReturnStart(
              lead: lead, cycle: cycle.description,
              plans: MeetingJournal.fingerprints(result, journal: path))))
      }
    } catch {
      file.close()
      throw error
    }
    return file
  }

  /// The screen, on the lead's open actions, writing their return. A return started here
  /// and left with nothing in it is removed on the way out: no file says a lead returned
  /// when they did not.
  private func openScreen(lead: String, result: PlanLoader.Result, cycle: ReturnCycle) throws {
    guard let (name, open) = LeadActions.of(lead, in: result.store) else {
      try refuse("no action of these plans names the owner \"\(lead)\"")
    }
    guard !open.isEmpty else {
      StandardStreams.output(
        "\(name) has no open actions in these plans: there is nothing to return for \(cycle)\n")
      return
    }
    let path = ReturnFiles.path(folder: returns.folder, cycle: cycle, lead: name)
    try Self.makeFolder(of: path)
    let isNew = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int ?? 0) == 0
    let file: JournalFile
    do throws(JournalError) {
      file = try Self.openReturn(path, lead: name, cycle: cycle, result: result)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    let opening = ReturnOpening(
      lead: name, cycle: cycle.description, path: path, entries: file.entries,
      warnings: [file.tornTail].compactMap { $0 })
    let environment = ProcessInfo.processInfo.environment
    let session = InteractiveSession(
      load: result, today: plans.day, filter: .all, me: name, themeName: theme,
      environment: environment, startMessage: nil,
      journalPath: path, agenda: nil, meeting: .returning(file, opening))
    let status = session.run()
    let isEmpty = file.entries.count <= 1
    file.close()
    if isNew, isEmpty {
      try? FileManager.default.removeItem(atPath: path)
      StandardStreams.error("boardwalk: nothing was written, so no return was kept for \(cycle)")
    } else {
      StandardStreams.output("Your return for \(cycle) is saved in \(path)\n")
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// Says why the command line cannot be done, and stops with status 64.
  private func refuse(_ message: String) throws -> Never {
    StandardStreams.error("boardwalk: \(message); nothing was written")
    throw ExitCode(64)
  }

  /// The index of the action `id` (in `--plan` when given).
  private func find(_ id: String, in store: PlanStore) throws -> Int {
    let candidates = store.plans.filter { plan == nil || $0.id.lowercased() == plan?.lowercased() }
    if let plan, candidates.isEmpty {
      try refuse(
        "no plan \"\(plan)\" is loaded (plans: \(store.plans.map(\.id).joined(separator: ", ")))")
    }
    let found = candidates.compactMap { store.actionIndex(planID: $0.id, actionID: id) }
    switch found.count {
    case 1: return found[0]
    case 0:
      try refuse(
        "no action \"\(id)\" in \(plan.map { "plan \($0)" } ?? "these plans") (boardwalk list shows the actions)"
      )
    default:
      let plans = found.map { store.plans[store.actions[$0].plan].id }
      try refuse(
        "action \"\(id)\" is in several plans (\(plans.joined(separator: ", "))): give --plan PLANID"
      )
    }
  }

  /// The entry the options ask for, checked against the action and its plan.
  private func entry(for ref: ActionRef, action: Action, plan: Plan) throws -> MeetingEvent {
    if let note { return .progress(ref, text: note) }
    if let evidence { return .evidence(ref, text: evidence) }
    let reason = reason ?? ""
    if let key = proposeStatus {
      guard let level = plan.scale.levelIndex(forKey: key) else {
        try refuse(
          "\"\(key)\" is not a level of \(plan.id)'s scale (\(plan.scale.name)): give one of \(plan.scale.levels.map(\.key).joined(separator: ", "))"
        )
      }
      return .proposedStatus(ref, to: plan.scale.levels[level].key, reason: reason)
    }
    if let due = proposeDue {
      do {
        _ = try DueDate(parsing: due)
      } catch {
        try refuse(
          "--propose-due: \(error) (write it as a plan writes a due date: YYYY-MM-DD, YYYY-MM, ongoing or tbc)"
        )
      }
      return .proposedDue(ref, due: due, reason: reason)
    }
    let given = milestone ?? ""
    let milestones = action.milestones
    if let number = Int(given) {
      guard milestones.indices.contains(number - 1) else {
        try refuse(
          milestones.isEmpty
            ? "\(ref) has no milestones"
            : "\(ref) has \(milestones.count) milestone\(milestones.count == 1 ? "" : "s"): give 1 to \(milestones.count)"
        )
      }
      return .milestoneDone(ref, milestone: .number(number))
    }
    guard milestones.contains(where: { $0.dueText == given || $0.due?.written == given }) else {
      try refuse(
        "\(ref) has no milestone due \"\(given)\": give its number (1 to \(milestones.count)) or its due as the plan writes it"
      )
    }
    return .milestoneDone(ref, milestone: .due(given))
  }

  /// The lead's open actions, each with the latest entry of their return.
  private func printToDo(lead: String, store: PlanStore, cycle: ReturnCycle) throws {
    guard let (name, actions) = LeadActions.of(lead, in: store) else {
      try refuse("no action of these plans names the owner \"\(lead)\"")
    }
    let path = ReturnFiles.path(folder: returns.folder, cycle: cycle, lead: name)
    let record = ReturnReading.read(path, lead: name) {
      StandardStreams.error("boardwalk: warning: \($0)")
    }
    let updated = actions.filter { record?.hasUpdate(LeadActions.ref($0, in: store)) == true }
    var out =
      "\(name): \(actions.count) open action\(actions.count == 1 ? "" : "s"); return for \(cycle) "
      + (record == nil
        ? "not started (\(path))" : "in \(path), \(updated.count) updated")
      + "\n"
    for index in actions {
      let action = store.actions[index]
      let ref = LeadActions.ref(index, in: store)
      let title = Confidentiality.title(
        action.title, isConfidential: action.isConfidential, isPublic: false)
      let status = store.level(ofAction: index)?.label ?? "unrated"
      let due = action.due.map { ", due \($0.written)" } ?? ""
      out += "  \(ref) [\(status)\(due)] \(title)\n"
      if let latest = record?.item(ref).latest {
        out += "    \(latest.time) \(latest.kind.words)\n"
      } else {
        out += "    no update yet\n"
      }
    }
    StandardStreams.output(
      out.split(separator: "\n").map {
        TextSafety.sanitized(String($0), allowingLineBreaks: false) + "\n"
      }.joined())
  }
}
