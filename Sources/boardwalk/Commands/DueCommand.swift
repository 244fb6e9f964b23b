import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk due`: per owner, the open actions overdue or due soon, for a reminder email
/// or a calendar.
struct DueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: "List each owner's overdue actions and those due soon, or write them as a calendar.",
    discussion: """
      Per owner (matched as owner: in a filter: exactly, ignoring case), the open actions \
      that are overdue (due before today) and those due from today to the end of the window: \
      --within Nd is today to today + N days, both included; --before DATE is today to the \
      day before DATE (DATE itself is left out). With neither, the day before the next \
      meeting in the board file's schedule (docs/board.md), else --within 30d. Done actions are \
      never listed; an action with several owners is listed under each, one with none under \
      "(no owner)"; open actions whose due is ongoing, tbc or missing are counted at the end. \
      --format text (the default) and markdown (to paste into an email) mark confidential \
      actions [C] and fictional plans' ids *. --format ics writes an iCalendar file (to -o \
      FILE.ics, or to standard output when it is not a terminal): one all-day event per \
      action listed, overdue ones on the day they were due, each with a UID that stays the \
      same, so importing the file again updates the events. --public withholds confidential \
      actions' titles and owners (they are listed under "(owner withheld)"). See \
      docs/reminders.md.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, ics
  }

  @OptionGroup var plans: PlanOptions
  @OptionGroup var filter: FilterOption

  @Option(
    help: ArgumentHelp(
      "Actions due before this day (the day itself left out).", valueName: "YYYY-MM-DD"))
  var before: String?

  @Option(
    help: ArgumentHelp(
      "Actions due from today to N days on, both included (default: 30d).", valueName: "Nd"))
  var within: String?

  @Option(
    help: ArgumentHelp("Only this owner's actions (exactly, ignoring case).", valueName: "NAME"))
  var owner: String?

  @Option(help: "Output format: text, markdown or ics.")
  var format: Format = .text

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
  var output: String?

  @Flag(help: "For publication: confidential actions are listed, their title and owners withheld.")
  var `public` = false

  func validate() throws {
    if before != nil, within != nil {
      throw ValidationError("give --before DATE or --within Nd, not both")
    }
    if let before {
      do {
        _ = try CalendarDate(parsingDay: before)
      } catch {
        throw ValidationError("--before: \(error) (write the day as YYYY-MM-DD)")
      }
    }
    if let within, DueWindow.days(parsing: within) == nil {
      throw ValidationError(
        "--within: \"\(within)\" is not a number of days: write it as 30d (0d is today)")
    }
    if format == .ics, output == nil, TerminalWidth.isOutputTerminal {
      throw ValidationError(
        "--format ics writes a calendar file, not text for a terminal: give -o FILE.ics, or redirect standard output to a file"
      )
    }
  }

  /// The window the options ask for: with neither option, up to the board's next meeting
  /// when a board file has one in its schedule.
  private func window(today: CalendarDate, board: Board?) -> DueWindow {
    if let before, let end = try? CalendarDate(parsingDay: before) {
      return DueWindow(today: today, before: end)
    }
    if within == nil, let next = board?.nextMeeting(after: today) {
      return DueWindow(today: today, before: next)
    }
    let days = within.flatMap(DueWindow.days(parsing:)) ?? DueWindow.defaultDays
    return DueWindow(today: today, days: days)
  }

  func run() throws {
    let result = PlanLoading.load(plans)
    let store = result.store
    let compiled = try PlanLoading.compile(filter.filter, for: store)
    let today = plans.day
    let matching = compiled.evaluate(
      in: store, today: today, withholdingTextOf: `public` ? store.confidentialActions : nil)
    let list = DueList(
      store: store, actions: matching,
      window: window(today: today, board: try BoardLookup.board(near: plans.paths)), owner: owner,
      isPublic: `public`)
    if let owner, !list.ownerIsKnown {
      StandardStreams.error("boardwalk: no action of these plans names the owner \"\(owner)\"")
    }
    let bytes: [UInt8]
    switch format {
    case .text:
      let width = output == nil ? TerminalWidth.current : nil
      bytes = Array(DueListText.text(list, plans: store.plans, width: width).utf8)
    case .markdown:
      bytes = Array(DueListText.markdown(list, plans: store.plans).utf8)
    case .ics:
      let writer = ICalendarWriter(name: "Boardwalk: actions due")
      bytes = writer.bytes(
        DueCalendar.events(list, plans: store.plans), stamp: UTCTimestamp(Date()))
      for sentence in DueListText.closingSentences(list, plans: store.plans) {
        StandardStreams.error("boardwalk: \(sentence)")
      }
    }
    try CommandOutput.write(
      bytes, to: output, command: "due",
      inputs: result.files.map { ($0.file, "a plan file being read") })
    if result.hasErrors { throw ExitCode(1) }
  }
}
