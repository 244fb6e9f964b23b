import ArgumentParser
import BoardwalkCore
import Foundation

@main
struct Boardwalk: ParsableCommand {
  /// Parses, runs and exits with the status, every error said as Boardwalk says its own
  /// (`boardwalk: …` on standard error), the argument parser's too.
  static func main() {
    ProcessMemory.returnLargeBlocksPromptly()
    StandardStreams.checkBufferedOutputAtExit()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help and --version: data, on standard output.
        StandardStreams.output(fullMessage(for: error) + "\n")
      } else {
        let lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
          let text = String(line)
          StandardStreams.error(
            index == 0
              ? "boardwalk: " + (text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text)
              : text)
        }
      }
      Foundation.exit(code.rawValue)
    }
  }

  static let configuration = CommandConfiguration(
    commandName: "boardwalk",
    abstract: "Walk an improvement board through its action plans.",
    discussion: """
      Plans are JSON files (docs/plan-format.md). PATH may be a plan file or a folder of them; \
      with no PATH, Boardwalk opens ./SampleData. Excel (.xlsx) and CSV trackers are read too, \
      through the same import as `boardwalk import` (docs/spreadsheets.md); `list --format \
      xlsx -o FILE.xlsx` writes a tracker back out. `due` lists each owner's overdue actions \
      and those due soon, for a reminder email or as an iCalendar file (docs/reminders.md); \
      `pack` writes the board pack for the next meeting (docs/documents.md); `init` writes a \
      board file and `meetings` lists the board's meetings (docs/board.md); `record` writes a \
      meeting's entries without the screen (docs/meetings.md). `update` \
      writes a lead's return for the cycle (a progress note, a proposed status or due date, \
      evidence, a milestone done) to returns/CYCLE/LEAD.jsonl, and `returns` tells the \
      officer who has returned, what they propose and whom to chase (docs/returns.md). \
      Filters use one grammar everywhere (docs/filters.md), for example: \
      --filter 'status:red,amber owner:"Head of SEND" due:30d'.

      Exit status: 0 success, 1 the data has errors, 64 the command line or a filter is wrong.
      """,
    version: "boardwalk 0.6.0 (plan format boardwalk-plan/1, journal format boardwalk-journal/1)",
    subcommands: [
      OpenCommand.self, CheckCommand.self, ListCommand.self, SummaryCommand.self, DueCommand.self,
      MeetCommand.self, MeetingsCommand.self, RecordCommand.self, MinutesCommand.self,
      PackCommand.self,
      UpdateCommand.self, ReturnsCommand.self, ApplyCommand.self, GenerateCommand.self,
      ImportCommand.self, InitCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )
}
