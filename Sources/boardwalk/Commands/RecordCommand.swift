import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk record`: one entry of a meeting, written headlessly with the screen's rules, so
/// a meeting can be scripted, tested, or fed from notes typed elsewhere.
struct RecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record",
    abstract: "Record one entry of a meeting without the screen (for scripts).",
    discussion: """
      KIND is one of: start (PATH... are the plans; --today, --agenda), details (--title, \
      --date, --chair, --present, --apologies, --next-meeting, --time, --venue, \
      --minute-taker), moved, note, decision \
      (--text), status (--to KEY --reason TEXT), due (--to DATE --reason TEXT: YYYY-MM-DD, \
      YYYY-MM, ongoing or tbc), propose-closure (--text), confirm-closure, \
      withdraw-closure, reopen-closure, confidential (--yes with --paragraph N of Schedule \
      12A, or --no); and the board's own: \
      attendance (--name, --as present|apologies|absent|substitute|in-attendance, --for NAME \
      with a substitute), declaration (--name, --interest, --action for an item, --left-room), \
      board-action (--text, --owner, --due; --action for the item it arose from, or \
      --business AOBn for an item of other business), \
      review-action (--id, --outcome done|carried|dropped, --due with carried, --text), \
      approve-minutes (--meeting YYYY-MM-DD, --correction "MINUTE: TEXT", repeated), aob \
      (--title, --text what was raised, --decision). \
      Entries about an action \
      need --action ID (and --plan PLANID when the id is in several plans). The same rules \
      as the meeting screen apply (a status that closes the action is refused: closing is \
      propose-closure then confirm-closure), and the journal is written as the screen writes \
      it: flushed to disk before "saved", one writer at a time (a meeting open on a screen \
      refuses it), a torn last line kept aside. See docs/meetings.md.
      """)

  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case start, details, moved, note, decision, status, due
    case proposeClosure = "propose-closure"
    case confirmClosure = "confirm-closure"
    case withdrawClosure = "withdraw-closure"
    case reopenClosure = "reopen-closure"
    case confidential
    case attendance, declaration
    case boardAction = "board-action"
    case reviewAction = "review-action"
    case approveMinutes = "approve-minutes"
    case aob
  }

  @Option(help: ArgumentHelp("The meeting's journal.", valueName: "FILE"))
  var journal: String

  @Argument(help: "What to record: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var kind: Kind

  @Argument(help: "With start: the plan files or folders.")
  var paths: [String] = []

  @Option(
    help: ArgumentHelp("With start: judge due dates as of this day.", valueName: "YYYY-MM-DD"))
  var today: String?

  @Option(help: ArgumentHelp("With start: the agenda (a filter expression).", valueName: "EXPR"))
  var agenda: String?

  @Option(help: ArgumentHelp("The action the entry is about.", valueName: "ID"))
  var action: String?

  @Option(help: ArgumentHelp("The action's plan, when its id is in several.", valueName: "PLANID"))
  var plan: String?

  @Option(help: ArgumentHelp("The note, decision or closure note.", valueName: "TEXT"))
  var text: String?

  @Option(
    help: ArgumentHelp(
      "With status: the new level's key; with due: the new due date.", valueName: "KEY|DATE"))
  var to: String?

  @Option(help: ArgumentHelp("With status or due: why.", valueName: "TEXT"))
  var reason: String?

  @Flag(help: "With confidential: mark (--yes) or unmark (--no) the item.")
  var mark: ConfidentialMark?

  @Option(help: ArgumentHelp("With details: the meeting's title.", valueName: "TEXT"))
  var title: String?
  @Option(help: ArgumentHelp("With details: the meeting's date.", valueName: "YYYY-MM-DD"))
  var date: String?
  @Option(help: ArgumentHelp("With details: who chairs.", valueName: "NAME"))
  var chair: String?
  @Option(help: ArgumentHelp("With details: who is present, separated by ;.", valueName: "NAMES"))
  var present: String?
  @Option(help: ArgumentHelp("With details: apologies, separated by ;.", valueName: "NAMES"))
  var apologies: String?
  @Option(help: ArgumentHelp("With details: the next meeting's date.", valueName: "YYYY-MM-DD"))
  var nextMeeting: String?
  @Option(help: ArgumentHelp("With details: when the meeting started.", valueName: "HH:MM"))
  var time: String?
  @Option(help: ArgumentHelp("With details: where it was held.", valueName: "TEXT"))
  var venue: String?
  @Option(help: ArgumentHelp("With details: who took the minutes.", valueName: "NAME"))
  var minuteTaker: String?

  @Option(
    help: ArgumentHelp(
      "With confidential --yes: the paragraph of Schedule 12A (1 to 7) the item is exempt under.",
      valueName: "N"))
  var paragraph: Int?

  @Option(help: ArgumentHelp("With aob: what the board decided.", valueName: "TEXT"))
  var decision: String?

  @Option(help: ArgumentHelp("With attendance or declaration: the person.", valueName: "NAME"))
  var name: String?
  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "With attendance: present, apologies, absent, substitute or in-attendance.",
      valueName: "HOW"))
  var attendanceStatus: String?
  @Option(
    name: .customLong("for"),
    help: ArgumentHelp(
      "With attendance --as substitute: the member they stand in for.", valueName: "NAME"))
  var substituteFor: String?
  @Option(help: ArgumentHelp("With declaration: the interest declared.", valueName: "TEXT"))
  var interest: String?
  @Flag(help: "With declaration: they left the room while the item was taken.")
  var leftRoom = false
  @Option(help: ArgumentHelp("With board-action: who does it.", valueName: "NAME"))
  var owner: String?
  @Option(
    help: ArgumentHelp(
      "With board-action: the item of other business it arose from (AOB1, as aob recorded it).",
      valueName: "AOBn"))
  var business: String?
  @Option(
    help: ArgumentHelp(
      "With board-action, or review-action --outcome carried: the due date.", valueName: "DATE"))
  var due: String?
  @Option(help: ArgumentHelp("With review-action: the board action's id.", valueName: "ID"))
  var id: String?
  @Option(help: ArgumentHelp("With review-action: done, carried or dropped.", valueName: "OUTCOME"))
  var outcome: String?
  @Option(
    help: ArgumentHelp(
      "With approve-minutes: the day of the meeting whose minutes are agreed.",
      valueName: "YYYY-MM-DD"))
  var meeting: String?
  @Option(
    help: ArgumentHelp(
      "With approve-minutes: a correction, \"MINUTE: corrected text\" (repeat for more).",
      valueName: "TEXT"))
  var correction: [String] = []

  enum ConfidentialMark: String, EnumerableFlag {
    case yes, no
  }

  func validate() throws {
    if let today, (try? CalendarDate(parsingDay: today)) == nil {
      throw ValidationError("--today: \"\(today)\" is not a day: write it as YYYY-MM-DD")
    }
    let needsAction: Set<Kind> = [
      .moved, .note, .decision, .status, .due, .proposeClosure, .confirmClosure, .withdrawClosure,
      .reopenClosure, .confidential,
    ]
    if needsAction.contains(kind), action == nil {
      throw ValidationError("\(kind.rawValue) is about an action: give --action ID")
    }
    if [.note, .decision].contains(kind), text == nil {
      throw ValidationError("\(kind.rawValue): give --text TEXT")
    }
    if kind == .status, to == nil || reason == nil {
      throw ValidationError("status: give --to KEY and --reason TEXT")
    }
    if kind == .due, to == nil || reason == nil {
      throw ValidationError("due: give --to DATE and --reason TEXT")
    }
    let needs: [(Kind, [(String, String?)])] = [
      (.attendance, [("--name", name), ("--as", attendanceStatus)]),
      (.declaration, [("--name", name), ("--interest", interest)]),
      (.boardAction, [("--text", text), ("--owner", owner), ("--due", due)]),
      (.reviewAction, [("--id", id), ("--outcome", outcome), ("--text", text)]),
      (.approveMinutes, [("--meeting", meeting)]),
      (.aob, [("--title", title), ("--text", text)]),
    ]
    for (needing, options) in needs where kind == needing {
      let missing = options.filter { $0.1 == nil }.map(\.0)
      if !missing.isEmpty {
        throw ValidationError("\(kind.rawValue): give \(missing.joined(separator: " and "))")
      }
    }
    if kind == .confidential, mark == nil {
      throw ValidationError("confidential: give --yes or --no")
    }
    if kind == .start, paths.isEmpty {
      throw ValidationError("start: give the meeting's plan files or folders")
    }
  }

  func run() throws {
    if kind == .start {
      try start()
      return
    }
    // Only a meeting that has started is written to: no empty journal is left behind.
    guard FileManager.default.fileExists(atPath: journal) else {
      StandardStreams.error(
        "boardwalk: \(journal): no meeting has started in it: `boardwalk record --journal \(journal) start PLAN...` starts one"
      )
      throw ExitCode(1)
    }
    let file: JournalFile
    do throws(JournalError) {
      file = try JournalFile(path: journal)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    defer { file.close() }
    let record = MeetingRecord(entries: file.entries)
    guard record.start != nil else {
      StandardStreams.error(
        "boardwalk: \(journal): no meeting has started in it: `boardwalk record --journal \(journal) start PLAN...` starts one"
      )
      throw ExitCode(1)
    }
    let store = try meetingPlans(record)
    // The board's earlier meetings are the journals beside this one.
    let history = BoardHistory.read(folder: WriteTarget.folder(of: journal))
    let day = MeetingRules.day(of: record)
    let event = try self.event(record: record, store: store, day: day)
    if let refusal = MeetingRules.refusal(
      of: event, record: record, store: store, log: history.actionLog(before: day),
      earlierMeetings: history.before(day).map(\.day))
    {
      StandardStreams.error("boardwalk: \(kind.rawValue) refused: \(refusal); nothing was written")
      throw ExitCode(1)
    }
    do throws(JournalError) {
      let entry = try file.append(event)
      StandardStreams.error("boardwalk: saved as entry \(entry.sequence) of \(journal)")
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
  }

  /// `start`: a new meeting over the plans given.
  private func start() throws {
    let day = today.flatMap { try? CalendarDate(parsingDay: $0) } ?? .today()
    let load = PlanLoading.load(paths: paths)
    guard !load.hasErrors, !load.store.plans.isEmpty else {
      StandardStreams.error(
        "boardwalk: fix the plan errors above before the meeting (boardwalk check)")
      throw ExitCode(1)
    }
    if let agenda { _ = try PlanLoading.compile(agenda, for: load.store) }
    let isResumed: Bool
    do throws(JournalError) {
      let (file, opening) = try MeetingJournal.open(
        path: journal, load: load, agenda: agenda, today: day)
      file.close()
      isResumed = opening.isResumed
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    if isResumed {
      StandardStreams.error("boardwalk: \(journal) holds a meeting already; nothing was written")
      throw ExitCode(1)
    }
    StandardStreams.error("boardwalk: a meeting started in \(journal)")
  }

  /// The plans the meeting started with, loaded.
  private func meetingPlans(_ record: MeetingRecord) throws -> PlanStore {
    let choice: MeetingPlanFiles.Choice
    do throws(ApplyError) {
      choice = try MeetingPlanFiles.choose(
        for: record, journal: journal, candidates: [], allowChanged: false,
        readers: PlanLoading.readers)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    let load = PlanLoader.load(paths: choice.files, readers: PlanLoading.readers)
    for diagnostic in load.diagnostics where diagnostic.isError {
      StandardStreams.report(diagnostic)
    }
    if load.hasErrors { throw ExitCode(1) }
    return load.store
  }

  /// The entry the options describe.
  private func event(record: MeetingRecord, store: PlanStore, day: CalendarDate) throws
    -> MeetingEvent
  {
    func ref() throws -> ActionRef {
      guard let action else { throw ExitCode(64) }
      if let plan {
        let id = store.plans.first { $0.id.lowercased() == plan.lowercased() }?.id ?? plan
        return ActionRef(plan: id, action: action)
      }
      let candidates = Set(
        store.plans.filter { store.actionIndex(planID: $0.id, actionID: action) != nil }.map(\.id)
          + record.raised.filter { $0.ref.action == action }.map(\.ref.plan))
      guard let only = candidates.first, candidates.count == 1 else {
        StandardStreams.error(
          candidates.isEmpty
            ? "boardwalk: \(action) is not an action of the meeting's plans; nothing was written"
            : "boardwalk: \(action) is in several plans (\(candidates.sorted().joined(separator: ", "))): give --plan PLANID; nothing was written"
        )
        throw ExitCode(1)
      }
      return ActionRef(plan: only, action: action)
    }
    switch kind {
    case .start: throw ExitCode(64)
    case .details:
      func names(_ text: String?) -> [String]? {
        text.map {
          $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
          }
        }
      }
      let change = MeetingDetailsChange(
        title: title, date: date, chair: chair, present: names(present),
        apologies: names(apologies), nextMeeting: nextMeeting, time: time, venue: venue,
        minuteTaker: minuteTaker)
      guard !change.isEmpty else {
        StandardStreams.error(
          "boardwalk: details: give at least one of --title, --date, --chair, --present, --apologies, --next-meeting, --time, --venue, --minute-taker"
        )
        throw ExitCode(64)
      }
      return .details(change)
    case .moved: return .moved(try ref())
    case .note: return .note(try ref(), text: text ?? "")
    case .decision: return .decision(try ref(), text: text ?? "")
    case .status:
      let ref = try ref()
      let from = MeetingOutcome.index(of: ref, in: store).flatMap { index in
        record.item(ref).newStatus ?? store.level(ofAction: index)?.key
      }
      return .statusChanged(ref, from: from, to: to ?? "", reason: reason ?? "")
    case .due:
      let ref = try ref()
      let from = MeetingOutcome.index(of: ref, in: store).flatMap { index in
        record.item(ref).newDue ?? store.actions[index].due?.written
      }
      // Written as a plan writes it, whatever spelling was given ("2027-6" is refused below).
      let due = (try? DueDate(parsing: to ?? ""))?.written ?? to ?? ""
      return .dueChanged(ref, from: from, to: due, reason: reason ?? "")
    case .proposeClosure: return .closureProposed(try ref(), note: text ?? "")
    case .confirmClosure: return .closureConfirmed(try ref())
    case .withdrawClosure: return .closureWithdrawn(try ref())
    case .reopenClosure: return .closureReopened(try ref())
    case .confidential: return .confidential(try ref(), mark == .yes, paragraph: paragraph)
    case .attendance:
      guard let status = AttendanceStatus(rawValue: attendanceStatus ?? "") else {
        StandardStreams.error(
          "boardwalk: attendance: --as \"\(attendanceStatus ?? "")\" is not one of \(AttendanceStatus.allCases.map(\.rawValue).joined(separator: ", ")); nothing was written"
        )
        throw ExitCode(64)
      }
      return .attendance(Attendance(name: name ?? "", status: status, substituteFor: substituteFor))
    case .declaration:
      return .declaration(
        Declaration(
          name: name ?? "", interest: interest ?? "", item: action == nil ? nil : try ref(),
          leftRoom: leftRoom))
    case .boardAction:
      let number = record.boardActions.count + 1
      return .boardActionRaised(
        BoardAction(
          id: "\(day)/\(number)", text: text ?? "", owner: owner ?? "",
          due: (try? DueDate(parsing: due ?? ""))?.written ?? due ?? "",
          arising: action == nil ? nil : try ref(), business: business?.uppercased()))
    case .reviewAction:
      guard let outcome = BoardActionReview.Outcome(rawValue: outcome ?? "") else {
        StandardStreams.error(
          "boardwalk: review-action: --outcome \"\(self.outcome ?? "")\" is not done, carried or dropped; nothing was written"
        )
        throw ExitCode(64)
      }
      return .boardActionReviewed(
        BoardActionReview(
          id: id ?? "", outcome: outcome,
          due: due.map { (try? DueDate(parsing: $0))?.written ?? $0 }, note: text ?? ""))
    case .approveMinutes:
      var corrections: [MinutesApproval.Correction] = []
      for given in correction {
        guard let colon = given.firstIndex(of: ":") else {
          StandardStreams.error(
            "boardwalk: approve-minutes: --correction \"\(given)\" names no minute: write \"MINUTE: corrected text\"; nothing was written"
          )
          throw ExitCode(64)
        }
        corrections.append(
          MinutesApproval.Correction(
            minute: given[..<colon].trimmingCharacters(in: .whitespaces),
            text: given[given.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
      }
      return .minutesApproved(MinutesApproval(meeting: meeting ?? "", corrections: corrections))
    case .aob:
      return .otherBusiness(
        OtherBusiness(
          id: "AOB\(record.otherBusiness.count + 1)", title: title ?? "", note: text ?? "",
          decision: decision))
    }
  }
}
