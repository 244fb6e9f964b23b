import BoardwalkCore

/// A meeting as its journal tells it: the fold of every entry, in order. Replaying the same
/// entries always gives the same record, which is how a meeting resumes exactly where it was.
public struct MeetingRecord: Hashable, Sendable, JournalFold {
  public private(set) var start: MeetingStart?
  public private(set) var details = MeetingDetails()
  /// The item the chair is on.
  public private(set) var position: ActionRef?
  public private(set) var items: [ActionRef: ItemRecord] = [:]
  /// Actions in the order the meeting first recorded something about them.
  public private(set) var discussed: [ActionRef] = []
  /// The same actions as a set: whether one was discussed, without reading the list.
  private var discussedSet: Set<ActionRef> = []
  /// The action each recorded entry (by sequence number) is about, for striking it out.
  private var entryActions: [Int: ActionRef] = [:]
  /// New actions, as the meeting left them: confidential when it last marked them so,
  /// whatever they were raised as.
  public private(set) var raised: [RaisedAction] = []
  /// Where each raised action is in `raised` (its first mention).
  private var raisedPositions: [ActionRef: Int] = [:]
  /// Fingerprints written by `apply`, when it has run.
  public private(set) var applied: [PlanFingerprint]?
  /// What an `apply` was putting in place when it stopped before it finished (killed, or
  /// the machine stopped): the next `apply` puts it back, and minutes read the backups.
  public private(set) var interruptedApply: [PlanWrite]?
  public private(set) var lastSequence = 0
  /// Who attends and how: each person's latest entry, in the order first recorded.
  public private(set) var attendance: [Attendance] = []
  /// Interests declared, in the order declared.
  public private(set) var declarations: [Declaration] = []
  /// Actions the board gave itself at this meeting, in order.
  public private(set) var boardActions: [BoardAction] = []
  /// What this meeting decided about open board actions, in order (the last for an action
  /// is what counts).
  public private(set) var boardActionReviews: [BoardActionReview] = []
  /// Earlier meetings' minutes this meeting agreed (the last for a meeting counts).
  public private(set) var approvals: [MinutesApproval] = []
  /// Any other business, in the order raised.
  public private(set) var otherBusiness: [OtherBusiness] = []
  /// Every action the chair moved to or the meeting recorded something about, in the order
  /// first reached: the plan items the board took, walked through or discussed.
  public private(set) var walked: [ActionRef] = []
  /// The actions the chair moved to (`moved` entries).
  private var visitedSet: Set<ActionRef> = []
  /// The actions in ``walked``, as a set.
  private var walkedSet: Set<ActionRef> = []

  public init() {}

  /// The person's attendance as recorded last, if it was recorded.
  public func attendance(of name: String) -> Attendance? {
    let folded = SearchFolding.fold(name)
    return attendance.first { SearchFolding.fold($0.name) == folded }
  }

  /// Adds one entry.
  public mutating func apply(_ entry: JournalEntry) {
    lastSequence = entry.sequence
    // Each entry costs what it touches: its item, and a set lookup, never the whole record.
    func markWalked(_ ref: ActionRef) {
      if walkedSet.insert(ref).inserted { walked.append(ref) }
    }
    func markDiscussed(_ ref: ActionRef) {
      if discussedSet.insert(ref).inserted { discussed.append(ref) }
      markWalked(ref)
    }
    func record(_ ref: ActionRef, _ kind: ItemRecord.Entry.Kind) {
      items[ref, default: ItemRecord()].add(ItemRecord.Entry(sequence: entry.sequence, kind: kind))
      entryActions[entry.sequence] = ref
      markDiscussed(ref)
    }
    switch entry.event {
    case .started(let start): self.start = start
    case .details(let change): details.apply(change)
    case .moved(let ref):
      position = ref
      visitedSet.insert(ref)
      markWalked(ref)
    case .note(let ref, let text): record(ref, .note(text))
    case .decision(let ref, let text): record(ref, .decision(text))
    case .statusChanged(let ref, let from, let to, let reason):
      record(ref, .statusChanged(from: from, to: to, reason: reason))
    case .dueChanged(let ref, let from, let to, let reason):
      record(ref, .dueChanged(from: from, to: to, reason: reason))
    case .closureProposed(let ref, let note): record(ref, .closureProposed(note))
    case .closureConfirmed(let ref): record(ref, .closureConfirmed)
    case .closureWithdrawn(let ref): record(ref, .closureWithdrawn)
    case .closureReopened(let ref): record(ref, .closureReopened)
    case .confidential(let ref, let flag, let paragraph):
      items[ref, default: ItemRecord()].confidential = flag
      items[ref, default: ItemRecord()].exemptParagraph = flag ? paragraph : nil
      if let position = raisedPositions[ref] {
        raised[position] = raised[position].marking(flag)
      }
      markDiscussed(ref)
    case .actionRaised(let action):
      if raisedPositions[action.ref] == nil { raisedPositions[action.ref] = raised.count }
      raised.append(action)
      markDiscussed(action.ref)
    case .struck(let sequence):
      if let ref = entryActions[sequence] { _ = items[ref]?.strike(sequence) }
    case .attendance(let entry):
      let folded = SearchFolding.fold(entry.name)
      if let at = attendance.firstIndex(where: { SearchFolding.fold($0.name) == folded }) {
        attendance[at] = entry
      } else {
        attendance.append(entry)
      }
    case .declaration(let declaration): declarations.append(declaration)
    case .boardActionRaised(let action): boardActions.append(action)
    case .boardActionReviewed(let review): boardActionReviews.append(review)
    case .minutesApproved(let approval): approvals.append(approval)
    case .otherBusiness(let item): otherBusiness.append(item)
    case .applying(let writes): interruptedApply = writes
    case .applied(let plans):
      applied = plans
      interruptedApply = nil
    // A return's entries: a meeting journal never holds them (JournalContents refuses them).
    case .returnStarted, .progress, .proposedStatus, .proposedDue, .evidence, .milestoneDone:
      break
    }
  }

  /// The record of an action (empty when nothing was said about it).
  public func item(_ ref: ActionRef) -> ItemRecord { items[ref] ?? ItemRecord() }

  /// Whether the chair moved to the action (walked through it, whatever was recorded).
  public func wasVisited(_ ref: ActionRef) -> Bool { visitedSet.contains(ref) }

  /// Whether the meeting recorded anything about the action.
  public func wasDiscussed(_ ref: ActionRef) -> Bool { discussedSet.contains(ref) }

  /// Whether the action was marked confidential in the meeting (or was raised as confidential).
  /// Every action the meeting has marked confidential (items and raised actions).
  public var confidentialRefs: [ActionRef] {
    items.keys.filter(isMarkedConfidential) + raised.map(\.ref).filter(isMarkedConfidential)
  }

  public func isMarkedConfidential(_ ref: ActionRef) -> Bool {
    items[ref]?.confidential ?? raisedPositions[ref].map { raised[$0].isConfidential } ?? false
  }
}
