import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import BoardwalkSpreadsheets
import Foundation

/// `boardwalk apply`: write a meeting's outcome into the plan files.
struct ApplyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "apply",
    abstract: "Write a meeting's status changes, updates and new actions into the plan files.",
    discussion: """
      All or nothing: refuses when a plan changed since the meeting started (its SHA-256 is \
      recorded in the journal), when the result would not be a valid plan, or when the \
      meeting was already applied. Each file is replaced atomically and its previous version \
      kept beside it as FILE.bak-DATE-TIME; a symbolic link stays a link, and a read-only file \
      is refused. PATH defaults to the files the meeting started with, found from the \
      journal's folder wherever apply runs. An apply that was interrupted (killed, or the \
      machine stopped) is put back and done again by the next run.
      """
  )

  @Option(help: ArgumentHelp("The meeting's journal.", valueName: "FILE"))
  var journal: String

  @Argument(help: "Plan files or folders (default: those the meeting started with).")
  var paths: [String] = []

  func run() throws {
    var files = paths
    if files.isEmpty {
      let record = MeetingRecord(entries: try MeetingCommands.readJournal(journal).entries)
      let journalPaths = JournalPaths(journal: journal)
      files = record.start?.plans.map { journalPaths.resolved($0.file) } ?? []
    }
    // A tracker is read through an import: there is no plan file to write the outcome into.
    let expanded = PlanFileList.expand(files, readers: PlanLoading.readers).files
    if let tracker = expanded.first(where: TrackerFile.isTracker) {
      StandardStreams.error(
        "boardwalk: apply refused: \(tracker) is a spreadsheet tracker, and apply writes only plan files; import it first (boardwalk import \(tracker) -o PLAN.json) and hold the board's meetings on PLAN.json; this meeting's decisions stay in its journal and minutes (boardwalk minutes --journal \(journal)); nothing was written"
      )
      throw ExitCode(1)
    }
    // For the fault tests: stop (SIGSTOP) after putting this many files in place, so a test
    // can kill apply between two of them.
    let stopAfter = ProcessInfo.processInfo.environment["BOARDWALK_TEST_STOP_AFTER_WRITES"]
      .flatMap { Int($0) }
    var writes = 0
    do {
      let report = try PlanApplier.apply(journalPath: journal, paths: paths) { _ in
        writes += 1
        if writes == stopAfter { raise(SIGSTOP) }
      }
      for note in report.recovered { StandardStreams.error("boardwalk: \(note)") }
      for (file, backup) in report.written {
        StandardStreams.output("written \(file) (previous version: \(backup))\n")
      }
      if report.written.isEmpty {
        StandardStreams.output("nothing to write: the meeting changed no plan\n")
      }
    } catch {
      StandardStreams.error("boardwalk: apply refused: \(error.message)")
      throw ExitCode(1)
    }
  }
}
