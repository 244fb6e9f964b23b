import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk pack`: the board pack for the next meeting, as Markdown, HTML or Word.
struct PackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pack",
    abstract: "Write the board pack for the next meeting: matters arising, status, exceptions.",
    discussion: """
      The pack holds the last meeting's decisions and new actions (with --since JOURNAL), the \
      status of every area with a chart and its direction of travel since the last meeting, \
      the exceptions (open actions that are red, worse than at the last meeting, or overdue), \
      the updates since the last meeting area by area, and what falls due before the next \
      meeting. --since takes the last meeting's journal or its date (default: six weeks \
      before --today); --next-meeting the next meeting's date (default: six weeks after). A \
      public pack (the default) counts confidential actions and withholds their words; --full \
      includes them, and its file is readable by its owner only. --format docx needs -o.
      """
  )

  @OptionGroup var plans: PlanOptions

  @Option(
    help: ArgumentHelp(
      "The last meeting: its journal, or its date (default: six weeks before today).",
      valueName: "JOURNAL|YYYY-MM-DD"))
  var since: String?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp(
      "A copy of the plans as the last meeting saw them, to measure movement from.",
      valueName: "PATH"))
  var earlierPlans: [String] = []

  @Option(
    help: ArgumentHelp(
      "The next meeting's date (default: six weeks after today).", valueName: "YYYY-MM-DD"))
  var nextMeeting: String?

  @OptionGroup var paper: PaperOptions

  @OptionGroup var returnOptions: ReturnOptions

  /// How far before and after today the last and next meetings are taken to be when not
  /// given: boards meet every month or two.
  static let cycleDays = 42

  func validate() throws {
    if let nextMeeting, (try? CalendarDate(parsingDay: nextMeeting)) == nil {
      throw ValidationError(
        "--next-meeting: \"\(nextMeeting)\" is not a day: write it as YYYY-MM-DD")
    }
  }

  /// The last meeting, read from its journal `path`; a message saying what to give instead
  /// when `path` is not one.
  static func lastMeeting(_ path: String) throws -> MeetingRecord {
    let fix = "give the last meeting's journal, or its date as YYYY-MM-DD"
    if path.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil {
      StandardStreams.error("boardwalk: --since \(path): not a day of the calendar: \(fix)")
      throw ExitCode(64)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      StandardStreams.error(
        "boardwalk: --since \(path): no such file, or it cannot be read: \(fix)")
      throw ExitCode(1)
    }
    let record: MeetingRecord
    do {
      let contents = try JournalContents.parse(Array(data), file: path)
      if let torn = contents.tornTail { StandardStreams.error("boardwalk: warning: \(torn)") }
      record = MeetingRecord(entries: contents.entries)
    } catch {
      StandardStreams.error("boardwalk: --since \(path): not a meeting journal: \(fix)")
      throw ExitCode(1)
    }
    guard record.start != nil else {
      StandardStreams.error(
        "boardwalk: --since \(path): no meeting has started in this journal: \(fix)")
      throw ExitCode(1)
    }
    return record
  }

  /// How many meetings the pack's trend shows (today the last of them).
  static let historyMeetings = 4

  func run() throws {
    let today = plans.day
    // A board file gives the last meeting (its journal) and the next one (its schedule).
    let board = try BoardLookup.board(near: plans.paths)
    var inputs: [(String, String)] = []
    let sinceChoice: BoardPack.Since
    if let since, let day = try? CalendarDate(parsingDay: since) {
      sinceChoice = .date(day)
    } else if let since {
      sinceChoice = .meeting(try Self.lastMeeting(since))
      inputs.append((since, "the last meeting's journal"))
    } else if let board,
      let last = MeetingSummary.all(in: board.meetingsPath).last(where: {
        $0.status != .unreadable && ($0.day.map { $0 < today } ?? false)
      })
    {
      sinceChoice = .meeting(try Self.lastMeeting(last.journal))
      inputs.append((last.journal, "the last meeting's journal"))
      StandardStreams.error("boardwalk: since the last meeting, \(last.journal)")
    } else {
      sinceChoice = .date(
        board?.lastMeeting(before: today) ?? today.adding(days: -Self.cycleDays))
    }
    let result = PlanLoading.load(plans)
    for diagnostic in result.diagnostics where diagnostic.isError {
      StandardStreams.report(diagnostic)
    }
    if result.hasErrors || result.store.plans.isEmpty {
      StandardStreams.error(
        "boardwalk: fix the plan errors above before writing the pack (boardwalk check)")
      throw ExitCode(1)
    }
    inputs += result.files.map { ($0.file, "a plan file of the pack") }
    var earlier: PlanStore?
    if !earlierPlans.isEmpty {
      let load = PlanLoading.load(paths: earlierPlans)
      for diagnostic in load.diagnostics where diagnostic.isError {
        StandardStreams.report(diagnostic)
      }
      if load.hasErrors { throw ExitCode(1) }
      earlier = load.store
      inputs += load.files.map { ($0.file, "a plan file given to --earlier-plans") }
    }
    let next =
      nextMeeting.flatMap { try? CalendarDate(parsingDay: $0) }
      ?? board?.nextMeeting(after: today) ?? today.adding(days: Self.cycleDays)
    // The leads' returns for the cycle, when the board keeps returns.
    let cycle = returnOptions.resolvedCycle(today: today)
    var report: ReturnsReport?
    if FileManager.default.fileExists(atPath: returnOptions.folder + "/\(cycle)") {
      report = ReturnsReport(
        store: result.store, cycle: cycle, folder: returnOptions.folder,
        isPublic: paper.visibility == .public
      ) { lead, path in
        ReturnReading.read(path, lead: lead) { StandardStreams.error("boardwalk: warning: \($0)") }
      }
    }
    let pack = BoardPack(
      store: result.store, today: today, nextMeeting: next, since: sinceChoice,
      earlierPlans: earlier, visibility: paper.visibility, boardName: board?.name,
      returns: report,
      historyDays: MeetingDays.last(Self.historyMeetings, board: board, today: today),
      standingItems: board?.standingItems ?? [])
    try paper.write(pack.document, paper: "board pack", inputs: inputs)
  }
}
