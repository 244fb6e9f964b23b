import BoardwalkCore
import BoardwalkMeeting
import BoardwalkTerminal
import BoardwalkUI
import Foundation

/// Carries out what the screen asks for (journal writes, minutes, the editor) and tells it
/// how that went. The only place the screen's wishes touch files.
final class EffectRunner {
  private let load: PlanLoader.Result
  private let today: CalendarDate
  private let journalPath: String
  /// The agenda a new meeting starts with (`nil`: ``Agenda/defaultExpression``).
  private let agenda: String?
  private let environment: [String: String]
  /// A new meeting's title (the board's name), when there is a board file.
  private let meetingTitle: String?
  /// The board, when there is a board file.
  private let board: Board?
  private var journal: JournalFile?
  /// The journal another screen records, when this one follows a meeting read-only.
  private var follower: JournalFollower?
  /// The plan files the meeting started from: what they held, and their size and time when
  /// last looked at (so a file is hashed again only when those change).
  private var watched: [(file: String, sha256: String, stamp: FileStamp?)] = []
  private var reportedChanged: Set<String> = []

  private struct FileStamp: Equatable {
    let size: Int
    let modified: Date
  }

  init(
    load: PlanLoader.Result, today: CalendarDate, journalPath: String, agenda: String?,
    environment: [String: String], meetingTitle: String? = nil, board: Board? = nil
  ) {
    self.board = board
    self.meetingTitle = meetingTitle
    self.load = load
    self.today = today
    self.journalPath = journalPath
    self.agenda = agenda
    self.environment = environment
  }

  /// Takes over a meeting (or a lead's return) the command opened before the screen
  /// started; returns what to tell the screen.
  func adopt(_ meeting: InteractiveSession.Meeting) -> ShellFeedback? {
    switch meeting {
    case .none: return nil
    case .recording(let file, let opening):
      journal = file
      watch(opening)
      return .meetingOpened(withBoard(opening))
    case .following(let journal, let opening):
      follower = journal
      watch(opening)
      return .meetingOpened(withBoard(opening))
    case .returning(let file, let opening):
      // Entries go to the return file; the screen never opens a meeting then.
      journal = file
      return .returnOpened(opening)
    }
  }

  /// The opening with the board's context, when there is a board.
  private func withBoard(_ opening: MeetingOpening) -> MeetingOpening {
    guard let board else { return opening }
    var opening = opening
    opening.board = BoardContext.of(
      board: board, journal: opening.journalPath, entries: opening.entries)
    return opening
  }

  /// Watches the plan files the meeting started from.
  private func watch(_ opening: MeetingOpening) {
    let paths = JournalPaths(journal: opening.journalPath)
    watched = (MeetingRecord(entries: opening.entries).start?.plans ?? []).map {
      let file = paths.resolved($0.file)
      return (file, $0.sha256, Self.stamp(file))
    }
  }

  /// What is new in the meeting this screen follows, if anything.
  func followedMeetingNews() -> ShellFeedback? {
    guard var follower else { return nil }
    defer { self.follower = follower }
    do {
      let entries = try follower.newEntries()
      return entries.isEmpty ? nil : .journalGrew(entries)
    } catch {
      self.follower = nil
      return .failed("No longer following the meeting: \(error.message)")
    }
  }

  /// Performs one effect and returns what to tell the screen.
  func perform(_ effect: Effect, terminal: Terminal) -> ShellFeedback {
    switch effect {
    case .openMeeting(let chosen):
      // A board keeps its meetings in a folder of their own, made with the first one.
      if meetingTitle != nil {
        let folder = (journalPath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
          try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true)
        }
      }
      do {
        let (file, opening) = try MeetingJournal.open(
          path: journalPath, load: load, agenda: chosen ?? agenda, today: today,
          title: meetingTitle)
        journal = file
        watch(opening)
        return .meetingOpened(withBoard(opening))
      } catch {
        return .failed(error.message)
      }
    case .record(let event):
      guard let journal else { return .notSaved(event, "No meeting journal is open") }
      do {
        return .saved(try journal.append(event))
      } catch {
        return .notSaved(event, error.message)
      }
    case .exportMinutes(let record):
      let paths = MeetingJournal.minutesPaths(for: journalPath)
      let meetingDay = (try? CalendarDate(parsingDay: record.start?.today ?? "")) ?? today
      let inputs =
        [(journalPath, "the meeting's journal")] + load.files.map { ($0.file, "a plan file") }
      // The board's minutes when the meeting has a board, as `boardwalk minutes` writes them.
      let board: MinutesBoard?
      do throws(BoardFileError) {
        board = try MinutesBoard.find(journal: journalPath, plans: load.files.map(\.file))
      } catch {
        return .failed("Minutes not written: \(error.message)")
      }
      do throws(FileWriteError) {
        for (path, visibility) in [
          (paths.public, MinutesWriter.Visibility.public), (paths.full, .full),
        ] {
          try FileIdentity.refuseOverwriting(path, option: "minutes", inputs: inputs)
          let text = MinutesWriter(
            record: record, store: load.store, today: meetingDay, visibility: visibility,
            board: board
          ).markdown
          // Full minutes hold exempt information: the owner's eyes only.
          try AtomicFile.write(
            Array(text.utf8), to: path, access: visibility == .full ? .ownerOnly : .shared)
        }
      } catch {
        return .failed("Minutes not written: \(error.message)")
      }
      return .minutesWritten([paths.public, paths.full])
    case .editExternally(let text):
      terminal.suspend()
      let edited = ExternalEditor.edit(text, environment: environment)
      terminal.resume()
      return .editedExternally(edited)
    }
  }

  /// Plan files of the open meeting that changed on disk since it started and were not
  /// reported yet.
  func newlyChangedPlans() -> [String] {
    var changed: [String] = []
    for index in watched.indices where !reportedChanged.contains(watched[index].file) {
      let stamp = Self.stamp(watched[index].file)
      guard stamp != watched[index].stamp else { continue }
      watched[index].stamp = stamp
      let bytes = FileManager.default.contents(atPath: watched[index].file).map { Array($0) }
      if bytes.map({ SHA256.hex(of: $0) }) != watched[index].sha256 {
        changed.append(watched[index].file)
        reportedChanged.insert(watched[index].file)
      }
    }
    return changed
  }

  private static func stamp(_ file: String) -> FileStamp? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
      let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
    else { return nil }
    return FileStamp(size: size, modified: modified)
  }
}
