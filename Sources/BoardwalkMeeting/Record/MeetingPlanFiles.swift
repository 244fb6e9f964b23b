import BoardwalkCore
import Foundation

/// Finds, for a meeting's minutes, the plan files as the meeting saw them, so a meeting is
/// never silently mixed with plans changed after it started.
public enum MeetingPlanFiles {
  /// What to read, and what to tell the user about the choice.
  public struct Choice: Sendable {
    public let files: [String]
    public let notes: [String]
  }

  /// The plan files `candidates` name (files or folders), or, when there are none, the
  /// files the meeting that `record` holds started with, found from the journal's folder.
  public static func files(
    for record: MeetingRecord, journal: String, candidates: [String],
    readers: [any PlanSourceReader] = []
  ) throws(ApplyError) -> [String] {
    guard let start = record.start else {
      throw ApplyError("no meeting has started in this journal")
    }
    return try files(for: start, journal: journal, candidates: candidates, readers: readers)
  }

  /// The plan files `candidates` name, or, when there are none, the files the meeting that
  /// `start` began started with, found from the journal's folder.
  public static func files(
    for start: MeetingStart, journal: String, candidates: [String],
    readers: [any PlanSourceReader] = []
  ) throws(ApplyError) -> [String] {
    let paths = JournalPaths(journal: journal)
    let (files, problems) = PlanFileList.expand(
      candidates.isEmpty ? start.plans.map { paths.resolved($0.file) } : candidates,
      readers: readers)
    if let problem = problems.first { throw ApplyError(problem.description) }
    return files
  }

  /// The files to read for the meeting that `record` holds (read from the journal at
  /// `journal`), from `candidates` (files or folders; the files the meeting started with when
  /// empty, found from the journal's folder).
  ///
  /// A file whose contents differ from the meeting's start is replaced by the backup `apply`
  /// kept of it (an `apply` that finished, or one that was interrupted) when that backup is
  /// the version the meeting started from; otherwise it is refused, unless `allowChanged`.
  /// `fingerprints` are the SHA-256 of files already read (by a load that fingerprinted
  /// them): those files are not read again.
  public static func choose(
    for record: MeetingRecord, journal: String, candidates: [String], allowChanged: Bool,
    readers: [any PlanSourceReader] = [], fingerprints: [String: String] = [:]
  ) throws(ApplyError) -> Choice {
    guard let start = record.start else {
      throw ApplyError("no meeting has started in this journal")
    }
    let paths = JournalPaths(journal: journal)
    let files = try files(for: record, journal: journal, candidates: candidates, readers: readers)
    var chosen: [String] = []
    var notes: [String] = []
    // Every file not yet fingerprinted is, several at a time (one at a time, hashing plans
    // of tens of megabytes took longer than reading them).
    let hashes = ConcurrentMap.map(files) { file in
      fingerprints[file] ?? FileManager.default.contents(atPath: file).map { SHA256.hex(of: $0) }
    }
    for (file, hash) in zip(files, hashes) {
      guard let hash else {
        throw ApplyError("\(file): cannot read it")
      }
      // As the meeting started (the usual case): no need to read the plan for its id.
      if start.plans.contains(where: { $0.sha256 == hash }) {
        chosen.append(file)
        continue
      }
      guard let data = FileManager.default.contents(atPath: file) else {
        throw ApplyError("\(file): cannot read it")
      }
      guard let id = PlanSourceMap.of(Array(data))?.planID,
        let started = start.plans.first(where: { $0.plan.lowercased() == id.lowercased() })
      else {
        chosen.append(file)  // not a plan of this meeting (or broken: loading will say so)
        continue
      }
      if hash == started.sha256 {
        chosen.append(file)
        continue
      }
      // Where apply kept the version before it wrote over the file: that backup, when it
      // still holds what the meeting started from, is the meeting's own plan, whatever later
      // meetings' applies have made of the file since.
      let finished: [(plan: String, after: String, backup: String)] =
        (record.applied ?? []).compactMap { applied in
          applied.backup.map { (applied.plan, applied.sha256, $0) }
        }
      let interrupted = (record.interruptedApply ?? []).map { ($0.plan, $0.after, $0.backup) }
      if let write = (finished + interrupted).first(where: { $0.plan == started.plan }),
        case let backup = paths.resolved(write.backup),
        let kept = FileManager.default.contents(atPath: backup),
        SHA256.hex(of: Array(kept)) == started.sha256
      {
        chosen.append(backup)
        notes.append(
          write.after == hash
            ? "\(file) holds this meeting's outcome (apply); using \(backup), the version the meeting started from"
            : "\(file) has changed since this meeting was applied (later meetings); using \(backup), the version the meeting started from"
        )
        continue
      }
      if allowChanged {
        chosen.append(file)
        notes.append(
          "warning: \(file) changed since the meeting started; the minutes use it as it is now")
        continue
      }
      throw ApplyError(
        "\(file) changed since the meeting started, so minutes from it would mix the meeting with plans it did not see; give the version the meeting started from, or add --use-changed-plans"
      )
    }
    return Choice(files: chosen, notes: notes)
  }
}
