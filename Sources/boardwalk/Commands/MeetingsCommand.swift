import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk meetings`: a board's meetings, one a line.
struct MeetingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meetings",
    abstract:
      "List a board's meetings: date, status (in progress, draft minutes, approved), items, decisions, actions.",
    discussion: """
      The meetings are the journals in the board file's meetings folder (docs/board.md); \
      the board file is board.jsonc in the current folder, or --board FILE.
      """)

  @Option(help: ArgumentHelp("The board file (default: ./board.jsonc).", valueName: "FILE"))
  var board: String?

  func run() throws {
    guard let path = board ?? Board.find(near: []) else {
      StandardStreams.error(
        "boardwalk: no board file here (\(Board.fileName)); `boardwalk init` writes one, or give --board FILE"
      )
      throw ExitCode(1)
    }
    let found: Board
    do throws(BoardFileError) {
      found = try Board.read(path)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    let meetings = MeetingSummary.all(in: found.meetingsPath)
    guard !meetings.isEmpty else {
      StandardStreams.error(
        "boardwalk: \(found.name) has no meetings yet in \(found.meetingsPath) (boardwalk meet starts one)"
      )
      return
    }
    var table = TextTable(columns: [
      .init("DATE"), .init("STATUS"), .init("ITEMS", alignsRight: true),
      .init("DECISIONS", alignsRight: true), .init("RAISED", alignsRight: true),
      .init("BOARD ACTIONS", alignsRight: true), .init("JOURNAL", flexible: true),
    ])
    for meeting in meetings {
      table.append([
        meeting.day?.description ?? "-",
        meeting.status.rawValue + (meeting.approvedOn.map { " \($0)" } ?? "")
          + (meeting.problem.map { ": \($0)" } ?? ""),
        "\(meeting.itemsDiscussed)", "\(meeting.decisions)", "\(meeting.actionsRaised)",
        "\(meeting.boardActions)", meeting.journal,
      ])
    }
    StandardStreams.output(TextSafety.sanitized(table.render()))
    if let next = found.nextMeeting(after: .today()) {
      StandardStreams.error("boardwalk: the next meeting in the schedule is \(next.readable)")
    }
  }
}
