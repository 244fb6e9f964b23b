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
      was. Plan files are not changed: `boardwalk apply` writes the outcome into them, and \
      `boardwalk minutes` writes the minutes.
      """
  )

  @OptionGroup var plans: PlanOptions

  @Option(
    help: ArgumentHelp(
      "The meeting's journal (default: boardwalk-meeting-DATE.jsonl).", valueName: "FILE"))
  var journal: String?

  @Option(
    help: ArgumentHelp(
      "The agenda as a filter expression, e.g. 'status:red,amber' (default: every action, red, amber and overdue first).",
      valueName: "EXPR"))
  var agenda: String?

  @Option(help: ArgumentHelp("Theme (see boardwalk --help).", valueName: "NAME"))
  var theme: String = "default"

  func run() throws {
    let result = PlanLoading.load(plans)
    guard !result.hasErrors, !result.store.plans.isEmpty else {
      StandardStreams.error(
        "boardwalk: fix the plan errors above before the meeting (boardwalk check)")
      throw ExitCode(1)
    }
    let agendaText = agenda ?? ""
    _ = try PlanLoading.compile(agendaText, for: result.store)
    var today = plans.day
    let path = MeetingJournal.path(journal, today: today)
    // A resumed meeting keeps the day it started on; a damaged journal stops here, before
    // the screen, with the line at fault.
    if FileManager.default.fileExists(atPath: path) {
      let contents = try MeetingCommands.readJournal(path)
      if let started = MeetingRecord(entries: contents.entries).start,
        let day = try? CalendarDate(parsingDay: started.today)
      {
        today = day
      }
    }
    let session = InteractiveSession(
      load: result, today: today, filter: .all, me: nil, themeName: theme,
      environment: ProcessInfo.processInfo.environment, startMessage: nil, journalPath: path,
      agenda: agendaText,
      startInMeeting: true)
    let status = session.run()
    if status != 0 { throw ExitCode(status) }
    StandardStreams.error("boardwalk: the meeting is saved in \(path)")
  }
}
