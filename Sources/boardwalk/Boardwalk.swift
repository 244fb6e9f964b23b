import ArgumentParser
import BoardwalkCore

@main
struct Boardwalk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "boardwalk",
    abstract: "Walk an improvement board through its action plans.",
    discussion: """
      Plans are JSON files (docs/plan-format.md). PATH may be a plan file or a folder of them; \
      with no PATH, Boardwalk opens ./SampleData. Filters use one grammar everywhere \
      (docs/filters.md), for example: --filter 'status:red,amber owner:"Head of SEND" due:30d'.

      Exit status: 0 success, 1 the data has errors, 64 the command line or a filter is wrong.
      """,
    subcommands: [
      OpenCommand.self, CheckCommand.self, ListCommand.self, SummaryCommand.self, MeetCommand.self,
      MinutesCommand.self, ApplyCommand.self, GenerateCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

  static func main() {
    ProcessMemory.returnLargeBlocksPromptly()
    main(nil)
  }
}
