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
}
