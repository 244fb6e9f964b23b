import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// Where returns are and which cycle: shared by `update` and `returns`.
struct ReturnOptions: ParsableArguments {
  @Option(
    name: .customLong("returns"),
    help: ArgumentHelp("The returns folder (default: ./returns).", valueName: "DIR"))
  var folder: String = ReturnFiles.defaultFolder

  @Option(
    help: ArgumentHelp(
      "The return cycle, a month (default: the month of --today).", valueName: "YYYY-MM"))
  var cycle: String?

  func validate() throws {
    if let cycle, ReturnCycle(cycle) == nil {
      throw ValidationError(
        "--cycle: \"\(cycle)\" is not a month: write it as YYYY-MM, e.g. 2026-11")
    }
  }

  /// The cycle asked for, or the month of `today`.
  func resolvedCycle(today: CalendarDate) -> ReturnCycle {
    cycle.flatMap(ReturnCycle.init) ?? ReturnCycle(containing: today)
  }
}

/// Reading a lead's return file without writing it (no lock: `returns` and `update`'s to-do
/// list only read, and a return being written is read up to its last whole entry).
enum ReturnReading {
  /// The return at `path`, `nil` when there is none. Problems (a torn last line, a file
  /// that is not a return, a return of another lead) are given to `warn`.
  static func read(_ path: String, lead: String, warn: (String) -> Void) -> ReturnRecord? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let contents: JournalContents
    do {
      contents = try JournalContents.parse(Array(data), file: path, kind: .return)
    } catch {
      warn("\(error.message); it is counted as no return")
      return nil
    }
    if let torn = contents.tornTail { warn(torn) }
    let record = ReturnRecord(entries: contents.entries)
    guard let start = record.start else { return nil }
    guard SearchFolding.fold(start.lead) == SearchFolding.fold(lead) else {
      warn(
        "\(path) is the return of \"\(start.lead)\", not \"\(lead)\" (their names make one file name); it is counted as no return from \"\(lead)\""
      )
      return nil
    }
    return record
  }

  /// Every lead's return of `cycle` in `folder`, by action, for the meeting to show; problems
  /// go to `warn`.
  static func leadReturns(
    store: PlanStore, folder: String, cycle: ReturnCycle, warn: (String) -> Void
  ) -> LeadReturns {
    // No returns kept for the cycle: nothing to read, and the owner index (which a million
    // owners take seconds to build) is not needed before the first frame.
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: "\(folder)/\(cycle)", isDirectory: &isFolder),
      isFolder.boolValue
    else { return .none }
    let records = LeadActions.leads(in: store).compactMap { lead -> (String, ReturnRecord)? in
      let path = ReturnFiles.path(folder: folder, cycle: cycle, lead: lead.lead)
      return read(path, lead: lead.lead, warn: warn).map { (lead.lead, $0) }
    }
    return LeadReturns(records: records.map { (lead: $0.0, record: $0.1) })
  }
}
