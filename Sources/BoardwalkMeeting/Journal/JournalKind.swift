/// What a journal file holds: a meeting's record or a lead's return. Both are written by
/// the one ``JournalFile`` (fsync before "saved", a lock, torn-tail rescue); the kind says
/// which first entry the file must start with and which entries it may hold, so that one
/// is never taken for the other and written to.
public enum JournalKind: Sendable, Hashable, CaseIterable {
  /// A board meeting's journal (docs/meetings.md): starts with `started`.
  case meeting
  /// A lead's return for one cycle (docs/returns.md): starts with `return-started`.
  case `return`

  /// The `type` of the first entry a file of this kind starts with.
  public var firstType: String {
    switch self {
    case .meeting: "started"
    case .return: "return-started"
    }
  }

  /// How messages name a file of this kind: "meeting journal", "return file".
  public var name: String {
    switch self {
    case .meeting: "meeting journal"
    case .return: "return file"
    }
  }

  /// Whether `event` is the first entry a file of this kind starts with.
  public func isStart(_ event: MeetingEvent) -> Bool {
    switch (self, event) {
    case (.meeting, .started), (.return, .returnStarted): true
    default: false
    }
  }

  /// The kind of file an event belongs in; `nil` for one both may hold (`struck`).
  public static func of(_ event: MeetingEvent) -> JournalKind? {
    switch event {
    case .struck: nil
    case .returnStarted, .progress, .proposedStatus, .proposedDue, .evidence, .milestoneDone:
      .return
    case .started, .details, .moved, .note, .decision, .statusChanged, .dueChanged,
      .closureProposed,
      .closureConfirmed, .closureWithdrawn, .closureReopened, .confidential, .actionRaised,
      .applying, .applied, .attendance, .declaration, .boardActionRaised, .boardActionReviewed,
      .minutesApproved, .otherBusiness:
      .meeting
    }
  }

  /// Whether a file of this kind may hold `event`.
  public func allows(_ event: MeetingEvent) -> Bool {
    JournalKind.of(event).map { $0 == self } ?? true
  }

  /// The kind a file's bytes say they are, from a first entry of either kind's start type;
  /// `nil` when they are neither (a new, empty or foreign file).
  public static func detect(_ bytes: [UInt8]) -> JournalKind? {
    let firstLine = bytes.prefix { $0 != 0x0A }
    guard let entry = try? JournalEntry(line: String(decoding: firstLine, as: UTF8.self)) else {
      return nil
    }
    return allCases.first { $0.isStart(entry.event) }
  }
}
