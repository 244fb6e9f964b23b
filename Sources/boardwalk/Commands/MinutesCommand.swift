import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk minutes`: the minutes of a meeting, as Markdown, HTML or a Word document.
struct MinutesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract: "Write a meeting's minutes as Markdown, a printable web page or a Word document.",
    discussion: """
      PATH defaults to the plan files the meeting started with (found from the journal's \
      folder). Public minutes (the default) leave out everything confidential and say only \
      that a confidential item was taken; --full includes it, and its file is readable by its \
      owner only. --format markdown (the default) writes GitHub-flavoured Markdown; html one \
      self-contained page that prints cleanly; docx a Word document, which needs -o FILE.docx. \
      -o never writes over the journal or a plan of the meeting. When a board file \
      (board.jsonc) is in the journal's folder or the one above it, or beside the plans, the \
      minutes are the board's: numbered minutes, its action log, DRAFT until a later meeting \
      in the journal's folder approves them (docs/board.md).
      """
  )

  @Option(help: ArgumentHelp("The meeting's journal.", valueName: "FILE"))
  var journal: String

  @Argument(help: "Plan files or folders (default: those the meeting started with).")
  var paths: [String] = []

  @OptionGroup var paper: PaperOptions

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("An earlier copy of the plans, to measure movement from.", valueName: "PATH")
  )
  var since: [String] = []

  @Option(
    help: ArgumentHelp(
      "Judge due dates as of this day (default: the meeting's day).", valueName: "YYYY-MM-DD"))
  var today: String?

  @Flag(help: "Use plan files even if they changed since the meeting started (not recommended).")
  var useChangedPlans = false

  func run() throws {
    let journal = self.journal
    let bytes = try MeetingCommands.journalBytes(journal)
    // The plans are loaded (and fingerprinted) while the journal is read and folded, each on
    // a core of its own: the files come from the command line, or from the journal's first
    // line. Whatever the rest of the journal says is checked once both are done.
    let early: [String]? = {
      do throws(ApplyError) {
        if !paths.isEmpty {
          let (files, problems) = PlanFileList.expand(paths, readers: PlanLoading.readers)
          return problems.isEmpty ? files : nil
        }
        guard let start = JournalContents.start(of: bytes) else { return nil }
        return try MeetingPlanFiles.files(
          for: start, journal: journal, candidates: [], readers: PlanLoading.readers)
      } catch {
        return nil
      }
    }()
    let (read, preloaded) = ConcurrentMap.both(
      { () -> Result<MeetingRecord, ExitCode> in
        Result { () throws(ExitCode) in
          MeetingRecord(entries: try MeetingCommands.parseJournal(bytes, path: journal).entries)
        }
      },
      {
        early.map {
          PlanLoader.load(paths: $0, readers: PlanLoading.readers, fingerprinting: true)
        }
      })
    let record = try read.get()
    guard let start = record.start else {
      StandardStreams.error("boardwalk: \(journal): no meeting has started in this journal")
      throw ExitCode(1)
    }
    // Each plan file is read once: loaded and fingerprinted in the same pass, then checked
    // against the fingerprints the meeting started from. Only when one has changed since
    // (and a backup stands in for it) is anything read again.
    let choice: MeetingPlanFiles.Choice
    let first: PlanLoader.Result
    do throws(ApplyError) {
      let files = try MeetingPlanFiles.files(
        for: start, journal: journal, candidates: paths, readers: PlanLoading.readers)
      first =
        preloaded.flatMap { $0.files.map(\.file) == files ? $0 : nil }
        ?? PlanLoader.load(paths: files, readers: PlanLoading.readers, fingerprinting: true)
      choice = try MeetingPlanFiles.choose(
        for: record, journal: journal, candidates: files, allowChanged: useChangedPlans,
        readers: PlanLoading.readers,
        fingerprints: Dictionary(
          first.files.compactMap { report in report.sha256.map { (report.file, $0) } },
          uniquingKeysWith: { earlier, _ in earlier }))
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    for note in choice.notes { StandardStreams.error("boardwalk: \(note)") }
    let load =
      choice.files == first.files.map(\.file)
      ? first : PlanLoader.load(paths: choice.files, readers: PlanLoading.readers)
    for diagnostic in load.diagnostics where diagnostic.isError {
      StandardStreams.report(diagnostic)
    }
    if load.hasErrors { throw ExitCode(1) }
    var sinceStore: PlanStore?
    if !since.isEmpty {
      let earlier = PlanLoader.load(paths: since, readers: PlanLoading.readers)
      for diagnostic in earlier.diagnostics where diagnostic.isError {
        StandardStreams.report(diagnostic)
      }
      if earlier.hasErrors { throw ExitCode(1) }
      sinceStore = earlier.store
    }
    var day = (try? CalendarDate(parsingDay: start.today)) ?? .today()
    if let today {
      do {
        day = try CalendarDate(parsingDay: today)
      } catch {
        throw ValidationError("--today: \(error)")
      }
    }
    let board: MinutesBoard?
    do throws(BoardFileError) {
      board = try MinutesBoard.find(
        journal: journal, plans: choice.files,
        warn: { StandardStreams.error("boardwalk: warning: \($0)") })
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    let minutes = MinutesWriter(
      record: record, store: load.store, today: day, since: sinceStore,
      visibility: paper.visibility, board: board)
    let journalPaths = JournalPaths(journal: journal)
    let inputs =
      [(journal, "the meeting's journal")]
      + (choice.files + start.plans.map { journalPaths.resolved($0.file) }).map {
        ($0, "a plan file of the meeting")
      } + PlanFileList.expand(since).files.map { ($0, "a plan file given to --since") }
    try paper.write(minutes.document, paper: "minutes", inputs: inputs)
  }
}

/// What the meeting commands share.
enum MeetingCommands {
  /// Reads a journal, reporting a torn last line as a warning.
  static func readJournal(_ path: String) throws -> JournalContents {
    try parseJournal(journalBytes(path), path: path)
  }

  /// A journal's bytes, or the reason it cannot be read, said.
  static func journalBytes(_ path: String) throws(ExitCode) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      StandardStreams.error("boardwalk: \(path): no such journal, or it cannot be read")
      throw ExitCode(1)
    }
    return Array(data)
  }

  /// The entries of the journal at `path`, whose bytes are `bytes`; a torn last line is
  /// reported as a warning, anything worse as the error.
  static func parseJournal(_ bytes: [UInt8], path: String) throws(ExitCode) -> JournalContents {
    do throws(JournalError) {
      let contents = try JournalContents.parse(bytes, file: path)
      if let torn = contents.tornTail { StandardStreams.error("boardwalk: warning: \(torn)") }
      return contents
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
  }
}
