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
  private let agenda: String
  private let environment: [String: String]
  private var journal: JournalFile?
  /// The plan files the meeting started from: what they held, and their size and time when
  /// last looked at (so a file is hashed again only when those change).
  private var watched: [(file: String, sha256: String, stamp: FileStamp?)] = []
  private var reportedChanged: Set<String> = []

  private struct FileStamp: Equatable {
    let size: Int
    let modified: Date
  }

  init(
    load: PlanLoader.Result, today: CalendarDate, journalPath: String, agenda: String,
    environment: [String: String]
  ) {
    self.load = load
    self.today = today
    self.journalPath = journalPath
    self.agenda = agenda
    self.environment = environment
  }

  /// Performs one effect and returns what to tell the screen.
  func perform(_ effect: Effect, terminal: Terminal) -> ShellFeedback {
    switch effect {
    case .openMeeting:
      do {
        let (file, opening) = try MeetingJournal.open(
          path: journalPath, load: load, agenda: agenda, today: today)
        journal = file
        watched = (MeetingRecord(entries: file.entries).start?.plans ?? []).map {
          ($0.file, $0.sha256, Self.stamp($0.file))
        }
        return .meetingOpened(opening)
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
    case .exportMinutes:
      guard let journal else { return .failed("No meeting is open") }
      let record = MeetingRecord(entries: journal.entries)
      let paths = MeetingJournal.minutesPaths(for: journal.path)
      let meetingDay = (try? CalendarDate(parsingDay: record.start?.today ?? "")) ?? today
      do {
        for (path, visibility) in [
          (paths.public, MinutesWriter.Visibility.public), (paths.full, .full),
        ] {
          let text = MinutesWriter(
            record: record, store: load.store, today: meetingDay, visibility: visibility
          ).markdown
          try AtomicFile.write(Array(text.utf8), to: path)
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
