/// What the meeting recorded about one action.
public struct ItemRecord: Hashable, Sendable {
  /// One recorded thing, with the journal sequence number that holds it.
  public struct Entry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      case note(String)
      case decision(String)
      case statusChanged(from: String?, to: String, reason: String)
      /// The due date moved, as a plan writes one.
      case dueChanged(from: String?, to: String, reason: String)
      case closureProposed(String)
      case closureConfirmed
      case closureWithdrawn
      case closureReopened
    }

    public let sequence: Int
    public let kind: Kind
    /// Struck out later (a mistake corrected).
    public var isStruck = false
  }

  /// Where a proposal to close the action stands.
  public enum Closure: Hashable, Sendable {
    case none
    case proposed
    case confirmed
  }

  public private(set) var entries: [Entry] = []
  /// Marked as discussed in the confidential part of the meeting (`nil`: never marked).
  public internal(set) var confidential: Bool?
  /// The paragraph of Schedule 12A the item is exempt under, when the meeting gave one.
  public internal(set) var exemptParagraph: Int?
  public private(set) var closure: Closure = .none
  /// Whether the entries' sequence numbers ascend, as a journal's do.
  private var inJournalOrder = true

  /// The status the board set last (a level key), if it changed one.
  public var newStatus: String? {
    entries.last { if case .statusChanged = $0.kind { return !$0.isStruck } else { return false } }
      .flatMap {
        if case .statusChanged(_, let to, _) = $0.kind { return to }
        return nil
      }
  }

  /// The due date the board set last (as a plan writes one), if it moved it.
  public var newDue: String? {
    for entry in entries.reversed() where !entry.isStruck {
      if case .dueChanged(_, let to, _) = entry.kind { return to }
    }
    return nil
  }

  /// Entries not struck out, in the order recorded.
  public var liveEntries: [Entry] { entries.filter { !$0.isStruck } }

  mutating func add(_ entry: Entry) {
    if let last = entries.last, last.sequence >= entry.sequence { inJournalOrder = false }
    entries.append(entry)
    switch entry.kind {
    case .closureProposed: closure = .proposed
    case .closureConfirmed: closure = .confirmed
    case .closureWithdrawn, .closureReopened: closure = .none
    default: break
    }
  }

  /// Strikes out the entry with this sequence number; returns whether this item had it.
  mutating func strike(_ sequence: Int) -> Bool {
    guard inJournalOrder else {
      guard let index = entries.firstIndex(where: { $0.sequence == sequence }) else {
        return false
      }
      entries[index].isStruck = true
      return true
    }
    // Entries come in journal order, so their sequence numbers ascend: bisect.
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].sequence < sequence { low = middle + 1 } else { high = middle }
    }
    guard low < entries.count, entries[low].sequence == sequence else { return false }
    entries[low].isStruck = true
    return true
  }
}
