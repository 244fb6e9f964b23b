/// A lead's return as its file tells it: the fold of every entry, in order. Per action, the
/// latest progress note, the latest proposed status and due date with their reasons, the
/// evidence and the milestones ticked, each with when it was written; an entry struck out
/// (``MeetingEvent/struck(sequence:)``) no longer counts, and what it replaced counts again.
public struct ReturnRecord: Hashable, Sendable, JournalFold {
  public private(set) var start: ReturnStart?
  /// Actions in the order the return first wrote about them.
  public private(set) var actions: [ActionRef] = []
  private var items: [ActionRef: ReturnItem] = [:]
  /// The action each entry (by sequence number) is about, for striking it out.
  private var entryActions: [Int: ActionRef] = [:]
  public private(set) var lastSequence = 0

  public init() {}

  /// Adds one entry.
  public mutating func apply(_ entry: JournalEntry) {
    lastSequence = entry.sequence
    func record(_ ref: ActionRef, _ kind: ReturnItem.Entry.Kind) {
      if items[ref] == nil { actions.append(ref) }
      items[ref, default: ReturnItem()].entries.append(
        ReturnItem.Entry(sequence: entry.sequence, time: entry.time, kind: kind))
      entryActions[entry.sequence] = ref
    }
    switch entry.event {
    case .returnStarted(let start): self.start = start
    case .progress(let ref, let text): record(ref, .progress(text))
    case .proposedStatus(let ref, let to, let reason): record(ref, .status(to: to, reason: reason))
    case .proposedDue(let ref, let due, let reason): record(ref, .due(due, reason: reason))
    case .evidence(let ref, let text): record(ref, .evidence(text))
    case .milestoneDone(let ref, let milestone): record(ref, .milestone(milestone))
    case .struck(let sequence):
      if let ref = entryActions[sequence] { items[ref]?.struck.insert(sequence) }
    // A meeting's entries: a return file never holds them (JournalContents refuses them).
    case .started, .details, .moved, .note, .decision, .statusChanged, .dueChanged,
      .closureProposed,
      .closureConfirmed, .closureWithdrawn, .closureReopened, .confidential, .actionRaised,
      .applying, .applied, .attendance, .declaration, .boardActionRaised, .boardActionReviewed,
      .minutesApproved, .otherBusiness:
      break
    }
  }

  /// What the return says about an action (empty when it says nothing).
  public func item(_ ref: ActionRef) -> ReturnItem { items[ref] ?? ReturnItem() }

  /// Whether the return says anything (not struck out) about the action.
  public func hasUpdate(_ ref: ActionRef) -> Bool { !item(ref).current.isEmpty }
}

/// What a lead's return says about one action.
public struct ReturnItem: Hashable, Sendable {
  /// One entry about the action, with when it was written.
  public struct Entry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      case progress(String)
      case status(to: String, reason: String)
      case due(String, reason: String)
      case evidence(String)
      case milestone(MilestoneRef)

      /// The entry in words: "progress: …", "proposes status green: …", "done: milestone 2".
      public var words: String {
        switch self {
        case .progress(let text): "progress: \(text)"
        case .status(let to, let reason): "proposes status \(to): \(reason)"
        case .due(let due, let reason): "proposes due \(due): \(reason)"
        case .evidence(let text): "evidence: \(text)"
        case .milestone(let milestone): "done: \(milestone.description)"
        }
      }
    }

    public let sequence: Int
    /// When it was written (ISO 8601, as the file has it).
    public let time: String
    public let kind: Kind
  }

  /// A value from the return, with when it was written.
  public struct Dated<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value
    public let time: String
  }

  /// A proposal: the new value (a level key, or a due date as a plan writes it) and why.
  public struct Proposal: Hashable, Sendable {
    public let value: String
    public let reason: String

    public init(value: String, reason: String) {
      self.value = value
      self.reason = reason
    }
  }

  /// Every entry, struck ones too, oldest first.
  public fileprivate(set) var entries: [Entry] = []
  /// Sequence numbers of the entries struck out.
  public fileprivate(set) var struck: Set<Int> = []

  /// The entries that count (not struck out), oldest first.
  public var current: [Entry] { entries.filter { !struck.contains($0.sequence) } }

  /// The latest entry that counts, of any kind.
  public var latest: Entry? { current.last }

  public var progress: Dated<String>? {
    latest { if case .progress(let text) = $0 { text } else { nil } }
  }

  public var proposedStatus: Dated<Proposal>? {
    latest {
      if case .status(let to, let reason) = $0 { Proposal(value: to, reason: reason) } else { nil }
    }
  }

  public var proposedDue: Dated<Proposal>? {
    latest {
      if case .due(let due, let reason) = $0 { Proposal(value: due, reason: reason) } else { nil }
    }
  }

  /// Every piece of evidence that counts, oldest first.
  public var evidence: [Dated<String>] {
    current.compactMap { entry in
      if case .evidence(let text) = entry.kind { Dated(value: text, time: entry.time) } else { nil }
    }
  }

  /// Every milestone ticked that counts, oldest first.
  public var milestones: [Dated<MilestoneRef>] {
    current.compactMap { entry in
      if case .milestone(let milestone) = entry.kind {
        Dated(value: milestone, time: entry.time)
      } else {
        nil
      }
    }
  }

  private func latest<Value>(_ pick: (Entry.Kind) -> Value?) -> Dated<Value>? {
    for entry in current.reversed() {
      if let value = pick(entry.kind) { return Dated(value: value, time: entry.time) }
    }
    return nil
  }
}
