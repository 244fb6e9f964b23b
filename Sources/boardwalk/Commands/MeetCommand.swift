import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk meet`: run a meeting on screen, every word kept in a journal.
struct MeetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meet",
    abstract:
      "Start or resume a meeting: walk the agenda, record notes, decisions and status changes.",
    discussion: """
      Everything recorded is appended to the journal (JSON Lines), flushed to disk before the \
      screen shows it as saved; run the same command again to resume exactly where the meeting \
      was (with no PATH, a meeting resumes on the plans it started with). One screen at a time \
      records a meeting: another is refused, or follows it with --read-only. Plan files are \
      not changed: `boardwalk apply` writes the outcome into them, and `boardwalk minutes` \
      writes the minutes.
      """
  )

  @OptionGroup var plans: PlanOptions

  @Option(
    help: ArgumentHelp(
      "The meeting's journal (default: boardwalk-meeting-DATE.jsonl).", valueName: "FILE"))
  var journal: String?

  @Option(
    help: ArgumentHelp(
      "The agenda as a filter expression, e.g. 'status:red,amber' (default: every action not done yet, red, amber and overdue first).",
      valueName: "EXPR"))
  var agenda: String?

  @Flag(help: "Put actions already done on the default agenda too (every action).")
  var includeDone = false

  @Flag(
    help:
      "Follow a meeting another screen records (the chair's projector): nothing is written, and the screen moves as the meeting does."
  )
  var readOnly = false

  @Option(help: ArgumentHelp("Theme (see boardwalk --help).", valueName: "NAME"))
  var theme: String = "default"

  @Flag(
    help:
      "Start in public mode, for a projected screen: confidential actions are counted but their text is withheld (P switches)."
  )
  var `public` = false

  @OptionGroup var returnOptions: ReturnOptions

  func run() throws {
    var today = plans.day
    // With a board file, meetings are kept in its meetings folder, one journal a day.
    let board = try BoardLookup.board(near: plans.paths)
    let path = MeetingJournal.path(journal, today: today, board: board)
    if journal == nil, let board {
      do {
        try FileManager.default.createDirectory(
          atPath: board.meetingsPath, withIntermediateDirectories: true)
      } catch {
        StandardStreams.error(
          "boardwalk: cannot make the board's meetings folder \(board.meetingsPath): \(error.localizedDescription)"
        )
        throw ExitCode(1)
      }
    }
    var paths = plans.resolvedPaths
    // A resumed meeting keeps the day it started on, and its plans unless others are given;
    // a damaged journal stops here, before the screen, with the line at fault.
    if FileManager.default.fileExists(atPath: path) {
      let contents = try MeetingCommands.readJournal(path)
      if let started = MeetingRecord(entries: contents.entries).start {
        if let day = try? CalendarDate(parsingDay: started.today) { today = day }
        if plans.paths.isEmpty {
          let journalPaths = JournalPaths(journal: path)
          paths = started.plans.map { journalPaths.resolved($0.file) }
        }
      }
    } else if readOnly {
      StandardStreams.error("boardwalk: \(path): no such journal: there is no meeting to follow")
      throw ExitCode(1)
    }
    let result = PlanLoading.load(paths: paths)
    guard !result.hasErrors, !result.store.plans.isEmpty else {
      StandardStreams.error(
        "boardwalk: fix the plan errors above before the meeting (boardwalk check)")
      throw ExitCode(1)
    }
    // nil: the default agenda (every open action), or the one a resumed meeting has.
    let agendaText = agenda ?? (includeDone ? "" : nil)
    _ = try PlanLoading.compile(agendaText ?? Agenda.defaultExpression, for: result.store)
    // The journal is opened (and locked) before the screen starts, so a meeting that cannot
    // be recorded is never shown as if it could.
    let meeting: InteractiveSession.Meeting
    do throws(JournalError) {
      if readOnly {
        let (follower, opening) = try MeetingJournal.openReadOnly(path: path, load: result)
        meeting = .following(follower, opening)
      } else {
        let (file, opening) = try MeetingJournal.open(
          path: path, load: result, agenda: agendaText, today: today, title: board?.name)
        meeting = .recording(file, opening)
      }
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    let session = InteractiveSession(
      load: result, today: today, filter: .all, me: nil, themeName: theme,
      environment: ProcessInfo.processInfo.environment, startMessage: nil, journalPath: path,
      agenda: agendaText, meeting: meeting, isPublic: `public`, meetingTitle: board?.name,
      board: board,
      returns: ReturnReading.leadReturns(
        store: result.store, folder: returnOptions.folder,
        cycle: returnOptions.resolvedCycle(today: today)
      ) { StandardStreams.error("boardwalk: warning: \($0)") })
    let status = session.run()
    if !readOnly { StandardStreams.error("boardwalk: the meeting is saved in \(path)") }
    if status != 0 { throw ExitCode(status) }
  }
}
