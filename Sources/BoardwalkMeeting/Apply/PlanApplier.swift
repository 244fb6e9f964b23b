import BoardwalkCore
import Foundation

/// `boardwalk apply`: writes a meeting's status changes, updates and new actions into the
/// plan files, all or nothing.
public enum PlanApplier {
  /// What was written.
  public struct Report: Sendable {
    /// (file, backup) for every file written.
    public let written: [(file: String, backup: String)]
    public let unchanged: [String]
  }

  /// Applies the meeting in `journalPath` to the plans in `paths`.
  ///
  /// Refuses, writing nothing, when the journal has no meeting, when it was already applied,
  /// when a plan the meeting changes is not among `paths`, when a plan file changed since the
  /// meeting started (its SHA-256 differs from the one recorded), or when a patched file
  /// would not be a valid plan. Otherwise every patched file is written atomically beside
  /// a backup, and the journal records the new fingerprints.
  public static func apply(journalPath: String, paths: [String], now: Date = Date())
    throws(ApplyError) -> Report
  {
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
    let record = MeetingRecord(entries: journal.entries)
    guard let start = record.start else {
      throw ApplyError("\(journalPath): no meeting has started in this journal")
    }
    if record.applied != nil {
      throw ApplyError(
        "\(journalPath): this meeting was already applied to the plans; nothing was written")
    }
    let (files, listProblems) = PlanFileList.expand(paths)
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
    var outputs: [(file: String, bytes: [UInt8], planID: String)] = []
    for fingerprint in start.plans {
      let patch = patches[fingerprint.plan] ?? PlanPatch()
      guard !patch.isEmpty || recorded.contains(fingerprint.plan.lowercased()) else { continue }
      guard let (file, bytes) = current[fingerprint.plan.lowercased()] else {
        throw ApplyError(
          "plan \(fingerprint.plan) (\(fingerprint.file) when the meeting started) has changes but is not among the files given; nothing was written"
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
      outputs.append((file, patched, fingerprint.plan))
    }
    // A meeting that changed no plan leaves the plans and the journal as they are, so it can
    // go on (resumed) and be applied when it has changed something.
    guard !outputs.isEmpty else { return Report(written: [], unchanged: files) }
    let stamp = backupStamp(now)
    var written: [(file: String, backup: String)] = []
    for output in outputs {
      let backup = output.file + ".bak-" + stamp
      do {
        try AtomicFile.write(output.bytes, to: output.file, backup: backup)
      } catch {
        throw ApplyError(error.message + putBack(written))
      }
      written.append((output.file, backup))
    }
    let fingerprints = start.plans.map { fingerprint in
      guard let output = outputs.first(where: { $0.planID == fingerprint.plan }) else {
        return fingerprint
      }
      return PlanFingerprint(
        plan: fingerprint.plan, file: output.file, sha256: SHA256.hex(of: output.bytes),
        backup: written.first { $0.file == output.file }?.backup)
    }
    do {
      try journal.append(.applied(fingerprints), at: now)
    } catch {
      // Plans changed without the journal knowing could be neither applied again nor
      // minuted: put them back.
      throw ApplyError(
        "the journal could not record the outcome: \(error.message)" + putBack(written))
    }
    let changedFiles = Set(written.map(\.file))
    return Report(written: written, unchanged: files.filter { !changedFiles.contains($0) })
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

  private static func backupStamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }
}
