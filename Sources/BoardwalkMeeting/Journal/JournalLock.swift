import BoardwalkCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one writer of a journal at a time. Two screens appending to one journal (a chair's
/// and a minute-taker's on a shared drive), or `apply` while a meeting is open, would give
/// two entries one sequence number while both said "saved".
///
/// Two locks, because shared drives differ: an exclusive advisory lock (`flock`) on the
/// journal itself, which the system releases however the holder ends; and a lock file
/// beside it, `JOURNAL.lock`, naming the holder's host and process, for network drives
/// where advisory locks are not passed between machines. A lock file left by a process that
/// is gone from this machine is taken over; one from another machine is obeyed until
/// someone removes it.
struct JournalLock {
  /// Who holds a journal.
  struct Holder: Sendable, Equatable {
    let host: String
    let process: Int
    let user: String
    let since: String

    /// `meeting-laptop (process 4242, user jo, since 2026-11-22T10:04:05+00:00)`.
    var description: String {
      guard process > 0 else { return host }
      return
        "\(host) (process \(process)\(user.isEmpty ? "" : ", user \(user)")\(since.isEmpty ? "" : ", since \(since)"))"
    }

    /// This process.
    static var current: Holder {
      Holder(
        host: ProcessInfo.processInfo.hostName, process: Int(getpid()),
        user: ProcessInfo.processInfo.environment["USER"] ?? "",
        since: JournalFile.timestamp(Date()))
    }

    /// The lock file's one line.
    var line: String {
      "{\"host\":\(JSONText.quoted(host)),\"process\":\(process),\"user\":\(JSONText.quoted(user)),\"since\":\(JSONText.quoted(since))}\n"
    }

    /// Reads a lock file's line; `nil` when it is not one.
    init?(line: String) {
      struct Fields: Decodable {
        let host: String
        let process: Int
        let user: String?
        let since: String?
      }
      guard
        let fields = try? JSONDecoder().decode(
          Fields.self, from: Data(line.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
      else { return nil }
      self.init(
        host: fields.host, process: fields.process, user: fields.user ?? "",
        since: fields.since ?? "")
    }

    init(host: String, process: Int, user: String, since: String) {
      self.host = host
      self.process = process
      self.user = user
      self.since = since
    }
  }

  let lockFile: String
  private let holder: Holder
  private let kind: JournalKind

  /// The lock file's path for a journal.
  static func lockFile(of journal: String) -> String { journal + ".lock" }

  /// Takes the lock on the journal open at `descriptor`.
  /// - Throws: ``JournalError`` naming who holds it and what to do.
  init(descriptor: Int32, journal: String, kind: JournalKind = .meeting) throws(JournalError) {
    lockFile = Self.lockFile(of: journal)
    holder = .current
    self.kind = kind
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let recorded = Self.holder(in: lockFile)
      throw Self.held(journal, by: recorded, kind: kind)
    }
    // The advisory lock is ours, so no process on this machine holds the journal. A lock
    // file left here is stale if it names this machine; one naming another machine may be
    // a meeting open there on a drive that does not pass advisory locks along.
    if let recorded = Self.holder(in: lockFile), recorded.host != holder.host {
      flock(descriptor, LOCK_UN)
      throw Self.held(journal, by: recorded, kind: kind)
    }
    let file = open(lockFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644 as mode_t)
    guard file >= 0 else {
      let reason = String(cString: strerror(errno))
      flock(descriptor, LOCK_UN)
      throw JournalError(
        "\(journal): cannot write the lock file \(lockFile) (\(reason)); nothing was written. Check the folder's permissions"
      )
    }
    let bytes = Array(holder.line.utf8)
    _ = bytes.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
    _ = fsync(file)
    close(file)
  }

  /// Gives the lock back (the advisory lock goes with the journal's descriptor).
  func release() {
    // Only our own lock file: never one another machine wrote after ours went stale.
    if Self.holder(in: lockFile) == holder { unlink(lockFile) }
  }

  /// Who the lock file says holds the journal, if it says.
  static func holder(in lockFile: String) -> Holder? {
    FileManager.default.contents(atPath: lockFile).flatMap {
      Holder(line: String(decoding: $0, as: UTF8.self))
    }
  }

  /// Who holds the journal open now, if anyone: for a reader that wants to say so.
  static func currentHolder(of journal: String) -> Holder? {
    let descriptor = open(journal, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    let recorded = holder(in: lockFile(of: journal))
    if flock(descriptor, LOCK_SH | LOCK_NB) != 0 {
      return recorded
        ?? Holder(host: "another process on this machine", process: 0, user: "", since: "")
    }
    flock(descriptor, LOCK_UN)
    guard let recorded, recorded.host != ProcessInfo.processInfo.hostName else { return nil }
    return recorded
  }

  private static func held(_ journal: String, by holder: Holder?, kind: JournalKind)
    -> JournalError
  {
    let who = holder.map { "on \($0.description)" } ?? "by another process on this machine"
    var message =
      switch kind {
      case .meeting:
        "\(journal): this meeting is open \(who); nothing was written. One screen at a time records a meeting: close it there first, or open it read-only (boardwalk meet --read-only) to follow it"
      case .return:
        "\(journal): this return is being written \(who); nothing was written. One update at a time writes a lead's return: wait for it to finish, then try again"
      }
    if let holder, holder.host != ProcessInfo.processInfo.hostName {
      message +=
        ". If that \(kind == .meeting ? "meeting" : "update") is not open any more (its machine stopped), remove \(lockFile(of: journal))"
    }
    return JournalError(message)
  }
}
