import BoardwalkCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `boardwalk apply`: writes a meeting's status changes, updates and new actions into the
/// plan files, all or nothing.
public enum PlanApplier {
  /// What was written.
  public struct Report: Sendable {
    /// (file, backup) for every file written.
    public let written: [(file: String, backup: String)]
    public let unchanged: [String]
    /// What was done about an earlier apply that was interrupted, if there was one.
    public let recovered: [String]
  }

  /// Applies the meeting in `journalPath` to the plans in `paths` (files or folders; the
  /// files the meeting started with, found from the journal's folder, when empty).
  ///
  /// Refuses, writing nothing, when the journal has no meeting, when it was already applied,
  /// when another screen has it open, when a plan the meeting changes is not among `paths`
  /// or is a copy of the meeting's own file, when a plan file changed since the meeting
  /// started (its SHA-256 differs from the one recorded), when a file may not be written
  /// (read-only, a folder), or when a patched file would not be a valid plan.
  ///
  /// Otherwise every patched file is written beside its target and flushed; the journal
  /// records what is about to be put in place (`applying`); each file then replaces its
  /// target, its previous version kept as `FILE.bak-DATE-TIME`; and the journal records the
  /// new fingerprints (`applied`). An apply interrupted between the two (killed, or the
  /// machine stopped) is put back by the next one from its record, which then applies the
  /// meeting afresh. `afterEachWrite` is called with each file put in place (for fault
  /// tests).
  public static func apply(
    journalPath: String, paths: [String], now: Date = Date(),
    afterEachWrite: (String) -> Void = { _ in }
  ) throws(ApplyError) -> Report {
    // Opening a journal creates it: a journal that is not there is refused first.
    guard FileManager.default.fileExists(atPath: journalPath) else {
      throw ApplyError("\(journalPath): no such journal; nothing was written")
    }
    let journal: JournalFile
    do {
      journal = try JournalFile(path: journalPath)
    } catch {
      throw ApplyError(error.message)
    }
    // Closed (and its lock given back) however apply ends.
    defer { journal.close() }
    let journalPaths = JournalPaths(journal: journalPath)
    var record = MeetingRecord(entries: journal.entries)
    guard let start = record.start else {
      throw ApplyError("\(journalPath): no meeting has started in this journal")
    }
    if record.applied != nil {
      throw ApplyError(
        "\(journalPath): this meeting was already applied to the plans; nothing was written")
    }
    var recovered: [String] = []
    if let interrupted = record.interruptedApply {
      recovered = try putBack(interrupted: interrupted, paths: journalPaths)
      record = MeetingRecord(entries: journal.entries)
    }
    let (files, listProblems) = PlanFileList.expand(
      paths.isEmpty ? start.plans.map { journalPaths.resolved($0.file) } : paths)
    if let problem = listProblems.first { throw ApplyError(problem.description) }
    var current: [String: (file: String, bytes: [UInt8])] = [:]
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw ApplyError("\(file): cannot read it")
      }
      let bytes = Array(data)
      guard let map = PlanSourceMap.of(bytes) else {
        throw ApplyError(
          "\(file): the plan has errors; run boardwalk check \(file); nothing was written")
      }
      current[map.planID.lowercased()] = (file, bytes)
    }
    let loaded = PlanLoader.load(paths: files)
    let patches = MeetingPatches.make(record: record, store: loaded.store)
    // Plans the meeting recorded something for, loaded or not: a plan left out of `paths`
    // has no patch, but must not be passed over as unchanged.
    let raisedRefs = Set(record.raised.map(\.ref))
    let recorded = Set(
      record.discussed.filter { ref in
        let item = record.item(ref)
        return !item.liveEntries.isEmpty || item.confidential == true || raisedRefs.contains(ref)
      }.map { $0.plan.lowercased() })
    var outputs: [(file: String, bytes: [UInt8], fingerprint: PlanFingerprint)] = []
    for fingerprint in start.plans {
      let patch = patches[fingerprint.plan] ?? PlanPatch()
      guard !patch.isEmpty || recorded.contains(fingerprint.plan.lowercased()) else { continue }
      let meetingFile = journalPaths.resolved(fingerprint.file)
      guard let (file, bytes) = current[fingerprint.plan.lowercased()] else {
        throw ApplyError(
          "plan \(fingerprint.plan) (\(meetingFile), the file the meeting started with) has changes but is not among the files given; nothing was written"
        )
      }
      if let given = FileIdentity(file), let own = FileIdentity(meetingFile), given != own {
        throw ApplyError(
          "\(file) is not the file the meeting started with (\(meetingFile)), though it holds plan \(fingerprint.plan): a copy? Nothing was written. Apply writes the meeting's own files: run boardwalk apply --journal \(journalPath) without paths"
        )
      }
      let hash = SHA256.hex(of: bytes)
      guard hash == fingerprint.sha256 else {
        throw ApplyError(
          "\(file) changed since the meeting started (SHA-256 was \(fingerprint.sha256.prefix(12))…, is \(hash.prefix(12))…); nothing was written. Apply the meeting to the file it started from, or record the changes again."
        )
      }
      guard !patch.isEmpty else { continue }
      let patched = try patch.applied(to: bytes, file: file)
      let check = patched.withUnsafeBufferPointer { PlanFileReader.decode($0, file: file) }
      guard check.plan != nil else {
        let reasons = check.diagnostics.filter(\.isError).prefix(3).map(\.message).joined(
          separator: "; ")
        throw ApplyError(
          "\(file): the result would not be a valid plan (\(reasons)); nothing was written")
      }
      outputs.append((file, patched, fingerprint))
    }
    // A meeting that changed no plan leaves the plans and the journal as they are, so it can
    // go on (resumed) and be applied when it has changed something.
    guard !outputs.isEmpty else {
      return Report(written: [], unchanged: files, recovered: recovered)
    }
    // Every new file is written and flushed beside its target before any is put in place.
    var prepared: [AtomicFile.Prepared] = []
    for output in outputs {
      do {
        prepared.append(try AtomicFile.Prepared(output.bytes, to: output.file))
      } catch {
        for file in prepared { file.discard() }
        let said = error.message.contains("nothing was written")
        throw ApplyError(error.message + (said ? "" : "; nothing was written"))
      }
    }
    // A backup name free beside every file: a second apply within the same second (two
    // meetings applied one after the other) takes `-2`, then `-3`, never another's backup.
    let suffix = Self.freeBackupSuffix(
      stamp: backupStamp(now), beside: prepared.map(\.target.resolved))
    let writes = zip(outputs, prepared).map { output, file in
      PlanWrite(
        plan: output.fingerprint.plan, file: journalPaths.recorded(file.target.resolved),
        before: output.fingerprint.sha256, after: SHA256.hex(of: output.bytes),
        backup: journalPaths.recorded(file.target.resolved + suffix),
        temporary: journalPaths.recorded(file.temporary ?? file.target.resolved))
    }
    do {
      try journal.append(.applying(writes), at: now)
    } catch {
      for file in prepared { file.discard() }
      throw ApplyError(
        "the journal could not record what apply was about to do: \(error.message); nothing was written"
      )
    }
    var written: [(file: String, backup: String)] = []
    for (index, file) in prepared.enumerated() {
      do {
        let result = try file.commit(backupSuffix: suffix)
        written.append((result.file, result.backup ?? ""))
        afterEachWrite(result.file)
      } catch {
        for later in prepared[(index + 1)...] { later.discard() }
        throw ApplyError(error.message + putBack(written))
      }
    }
    let fingerprints = start.plans.map { fingerprint in
      guard let position = outputs.firstIndex(where: { $0.fingerprint == fingerprint }) else {
        return fingerprint
      }
      return PlanFingerprint(
        plan: fingerprint.plan, file: fingerprint.file,
        sha256: writes[position].after, backup: writes[position].backup)
    }
    do {
      try journal.append(.applied(fingerprints), at: now)
    } catch {
      // Plans changed without the journal knowing could be neither applied again nor
      // minuted: put them back.
      throw ApplyError(
        "the journal could not record the outcome: \(error.message)" + putBack(written))
    }
    let changedFiles = Set(outputs.map(\.file))
    return Report(
      written: written, unchanged: files.filter { !changedFiles.contains($0) },
      recovered: recovered)
  }

  /// Puts the files already written back as they were, each from its backup (the old file
  /// itself, renamed back over the new one), so a failed apply leaves nothing written.
  /// Returns what to add to the failure's message.
  private static func putBack(_ written: [(file: String, backup: String)]) -> String {
    guard !written.isEmpty else { return "" }
    var kept: [String] = []
    for (file, backup) in written.reversed() {
      if rename(backup, file) == 0 {
        JournalFile.syncFolder(of: file)
      } else {
        kept.append("\(file) (previous version: \(backup))")
      }
    }
    if kept.isEmpty {
      return "; the plans already written were put back as they were, so nothing was written"
    }
    return "; these plans were written and could not be put back: "
      + kept.reversed().joined(separator: ", ")
  }

  /// Undoes an apply that stopped partway (its `applying` entry has no `applied` after it):
  /// each file it put in place goes back from its backup, and what it left beside the files
  /// is removed. Nothing is changed unless every file is as that apply left it.
  /// - Returns: what was done, for the user.
  private static func putBack(interrupted writes: [PlanWrite], paths: JournalPaths)
    throws(ApplyError) -> [String]
  {
    func hash(_ file: String) -> String? {
      FileManager.default.contents(atPath: file).map { SHA256.hex(of: Array($0)) }
    }
    var steps: [(file: String, backup: String, temporary: String, isWritten: Bool)] = []
    for write in writes {
      let file = paths.resolved(write.file)
      let backup = paths.resolved(write.backup)
      let now = hash(file)
      if now == write.after {
        guard hash(backup) == write.before else {
          throw ApplyError(
            "an earlier apply was interrupted after writing \(file), and its previous version is not in \(backup) any more; nothing was changed. Put the version the meeting started from back in \(file) by hand, then run apply again"
          )
        }
        steps.append((file, backup, paths.resolved(write.temporary), true))
      } else if now == write.before {
        steps.append((file, backup, paths.resolved(write.temporary), false))
      } else {
        throw ApplyError(
          "an earlier apply was interrupted, and \(file) has changed since (it is neither the version before nor the one apply wrote); nothing was changed. Check the file by hand against \(backup)"
        )
      }
    }
    var done: [String] = []
    for step in steps {
      if step.isWritten {
        guard rename(step.backup, step.file) == 0 else {
          throw ApplyError(
            "an earlier apply was interrupted after writing \(step.file), and it could not be put back from \(step.backup) (\(String(cString: strerror(errno))))"
          )
        }
        JournalFile.syncFolder(of: step.file)
        done.append("\(step.file) was put back from \(step.backup)")
      } else {
        // The backup made just before the file would have been replaced is the file itself.
        if let kept = FileIdentity(step.backup), kept == FileIdentity(step.file) {
          unlink(step.backup)
        }
        unlink(step.temporary)
      }
    }
    // An apply that failed and put its plans back left nothing to say.
    guard !done.isEmpty else { return [] }
    return [
      "an earlier apply of this meeting was interrupted (\(done.joined(separator: "; "))); applying it again"
    ]
  }

  /// `.bak-STAMP`, or `.bak-STAMP-2`, `-3`, … : the first that names no file beside any of
  /// `files`.
  static func freeBackupSuffix(stamp: String, beside files: [String]) -> String {
    var number = 1
    while true {
      let suffix = ".bak-" + stamp + (number == 1 ? "" : "-\(number)")
      let taken = files.contains { file in
        var status = stat()
        return lstat(file + suffix, &status) == 0
      }
      if !taken { return suffix }
      number += 1
    }
  }

  private static func backupStamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }
}
