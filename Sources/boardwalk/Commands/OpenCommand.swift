import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk [PATH...]`: open the plans on screen.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open plans on screen (the default command).",
    discussion: """
      Keys: ? lists them all. NO_COLOR (set and not empty) turns colour off. The screen needs a \
      terminal; for scripts use `boardwalk list`.
      """
  )

  @OptionGroup var plans: PlanOptions
  @OptionGroup var filter: FilterOption

  @Option(
    help: ArgumentHelp(
      "Open with this owner's actions (as owner:NAME); m toggles them. Default: $BOARDWALK_OWNER.",
      valueName: "NAME"))
  var owner: String?

  @Option(
    help: ArgumentHelp(
      "Theme: default, colour-blind, high-contrast, monochrome, or a path to a theme file.",
      valueName: "NAME"))
  var theme: String = "default"

  @Flag(
    help:
      "Start in public mode, for a projected screen: confidential actions are counted but their text is withheld (P switches)."
  )
  var `public` = false

  @Option(
    help: ArgumentHelp(
      "The meeting journal M opens (default: boardwalk-meeting-DATE.jsonl).", valueName: "FILE"))
  var journal: String?

  /// A word that is neither a file nor a folder is most likely a command mistyped
  /// (`boardwalk lst`): say so, with the nearest command, rather than "no such file".
  func validate() throws {
    for path in plans.paths
    where !path.contains("/") && !path.contains(".")
      && !FileManager.default.fileExists(atPath: path)
    {
      let commands = Boardwalk.configuration.subcommands.compactMap { $0.configuration.commandName }
      let nearest = commands.min {
        EditDistance.between(path.lowercased(), $0) < EditDistance.between(path.lowercased(), $1)
      }
      if let nearest, EditDistance.between(path.lowercased(), nearest) <= 2 {
        throw ValidationError(
          "\"\(path)\" is not a command, a file or a folder; did you mean boardwalk \(nearest)? (boardwalk --help lists the commands)"
        )
      }
      throw ValidationError(
        "\"\(path)\" is not a command, a file or a folder (boardwalk --help lists the commands)")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let me = owner ?? environment["BOARDWALK_OWNER"].flatMap { $0.isEmpty ? nil : $0 }
    let result = PlanLoading.load(plans)
    guard !result.store.plans.isEmpty else {
      StandardStreams.error("boardwalk: no plans loaded; nothing to show")
      throw ExitCode(1)
    }
    var expression = FilterExpression.all
    if let text = filter.filter {
      do {
        expression = try FilterParser.parse(text)
      } catch {
        PlanLoading.report(error, in: text)
        throw ExitCode(64)
      }
    }
    if let me { expression = expression.setting(FilterTerm(.owner, [me])) }
    _ = try PlanLoading.compile(expression.description, for: result.store)
    let notLoaded = result.files.filter { $0.errorCount > 0 }.count
    let board = try BoardLookup.board(near: plans.paths)
    let session = InteractiveSession(
      load: result, today: plans.day, filter: expression, me: me, themeName: theme,
      environment: environment,
      startMessage: notLoaded > 0
        ? "\(notLoaded) file\(notLoaded == 1 ? "" : "s") not loaded (errors listed on exit; boardwalk check)"
        : nil,
      journalPath: MeetingJournal.path(journal, today: plans.day, board: board), agenda: nil,
      isPublic: `public`, meetingTitle: board?.name, board: board,
      returns: ReturnReading.leadReturns(
        store: result.store, folder: ReturnFiles.defaultFolder,
        cycle: ReturnCycle(containing: plans.day)
      ) { StandardStreams.error("boardwalk: warning: \($0)") })
    let status = session.run()
    if result.hasErrors {
      for diagnostic in result.diagnostics where diagnostic.isError {
        StandardStreams.report(diagnostic)
      }
    }
    if status != 0 { throw ExitCode(status) }
    if result.hasErrors { throw ExitCode(1) }
  }
}
