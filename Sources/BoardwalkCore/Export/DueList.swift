/// The days `boardwalk due` looks ahead: from today to a last day, both included. Overdue
/// actions (due before today and not done) are listed whatever the window.
public struct DueWindow: Sendable, Hashable {
  /// The day due dates are judged on.
  public let today: CalendarDate
  /// The last day an action may be due on to be listed as due; before `today` when the
  /// window holds no day (then only overdue actions are listed).
  public let lastDay: CalendarDate
  /// How the end is said: "by 22 Dec 2026" (`--within`) or "before 5 Jan 2027" (`--before`).
  public let phrase: String

  /// The window when none is asked for: `--within 30d`.
  public static let defaultDays = 30

  /// Due from `today` to `days` days later, both included (`--within 30d`; `0d` is today).
  public init(today: CalendarDate, days: Int) {
    self.today = today
    lastDay = today.adding(days: days)
    phrase = "by \(lastDay.readable)"
  }

  /// Due from `today` up to the day before `end` (`--before DATE`: the day itself is not
  /// in the window, as "due before the meeting" leaves out what is due on its day).
  public init(today: CalendarDate, before end: CalendarDate) {
    self.today = today
    lastDay = end.adding(days: -1)
    phrase = "before \(end.readable)"
  }

  /// The number of days a `--within` value says: `30d`, as the filter's `due:30d` writes it;
  /// `nil` for anything else.
  public static func days(parsing text: String) -> Int? {
    if case .success(.within(let days)) = DueCondition.parse(text) { return days }
    return nil
  }

  /// Whether an open action due on `day` is due in the window (not overdue).
  public func contains(_ day: CalendarDate) -> Bool { day >= today && day <= lastDay }
}

/// One open action with a due date that is overdue or falls in the window.
public struct DueItem: Sendable, Hashable {
  /// The action's index in its store.
  public let action: Int
  /// The action as lists show it; its text withheld when it is confidential and the list is
  /// public (``ActionRecord/withholdingConfidentialText()``).
  public let record: ActionRecord
  /// The day it is due (a month means its last day).
  public let due: PlanDate
  /// The source's own words for the date, when they say something the date does not
  /// (`end of autumn term`, not `2026-09` or `Sep 2026`).
  public let dueWords: String?
  /// How many days ago it was due, when it is overdue; `nil` when it is not.
  public let daysOverdue: Int?

  public var isOverdue: Bool { daysOverdue != nil }

  /// The date for people: "30 Sep 2026", with the source's words when they differ:
  /// "Sep 2026 (end of autumn term)".
  public var readableDue: String {
    dueWords.map { "\(due.readable) (\($0))" } ?? due.readable
  }

  /// "OVERDUE by 53 days", "due today", "due tomorrow" or "due in 12 days" (on `today`).
  public func timing(today: CalendarDate) -> String {
    if let daysOverdue { return "OVERDUE by \(DueList.days(daysOverdue))" }
    let ahead = today.days(until: due.date)
    switch ahead {
    case 0: return "due today"
    case 1: return "due tomorrow"
    default: return "due in \(DueList.days(ahead))"
    }
  }

  /// The source's words when they add to the date: not when they only write it again, in
  /// any case or punctuation (`Sep 2026`, `2026-09`) or as a loose date that means it
  /// (`Sept-26`, `30/9/2026`).
  static func wordsAdding(to date: PlanDate, _ words: String?) -> String? {
    guard let words else { return nil }
    func letters(_ text: String) -> String {
      String(
        SearchFolding.fold(text).unicodeScalars.filter {
          $0.properties.isAlphabetic || ("0"..."9").contains($0)
        })
    }
    let said = letters(words)
    if said.isEmpty { return nil }
    let written = [date.readable, date.written, date.description, date.date.readable]
    if written.map(letters).contains(said) { return nil }
    if let meant = LooseDate.suggestion(for: words),
      meant == date.written || meant == date.description
    {
      return nil
    }
    return words
  }
}

/// Whose actions a group of ``DueList`` holds.
public enum DueOwner: Sendable, Hashable {
  /// An owner, as first written in the plans.
  case named(String)
  /// Actions that name no owner.
  case none
  /// Confidential actions of a public list, whose owners are withheld with their text.
  case withheld

  /// The heading's name: the owner, "(no owner)" or "(owner withheld)".
  public var name: String {
    switch self {
    case .named(let name): name
    case .none: SummaryRow.ownerlessKey
    case .withheld: "(owner withheld)"
    }
  }
}

/// One owner's overdue and due actions, earliest due first.
public struct DueGroup: Sendable, Hashable {
  public let owner: DueOwner
  public let items: [DueItem]

  public var overdueCount: Int { items.lazy.filter(\.isOverdue).count }
  public var dueCount: Int { items.count - overdueCount }

  /// "Head of SEND: 3 overdue, 2 due by 5 Jan 2027" (a count of none is left out).
  public func heading(_ window: DueWindow) -> String {
    owner.name + ": " + DueList.counts(overdue: overdueCount, due: dueCount, window: window)
  }
}

/// How many open actions have no date to be due on, by what they have instead.
public struct UndatedCount: Sendable, Hashable {
  public internal(set) var ongoing = 0
  public internal(set) var tbc = 0
  /// No due at all.
  public internal(set) var missing = 0

  public var total: Int { ongoing + tbc + missing }

  /// "5 open actions have no due date (3 ongoing, 1 to be confirmed, 1 with none), so they
  /// are not listed", or `nil` when there are none.
  public var sentence: String? {
    guard total > 0 else { return nil }
    let kinds = [(ongoing, "ongoing"), (tbc, "to be confirmed"), (missing, "with none")]
      .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    let subject =
      total == 1 ? "1 open action has no due date" : "\(total) open actions have no due date"
    let which = total == 1 ? "it is" : "they are"
    return "\(subject) (\(kinds.joined(separator: ", "))), so \(which) not listed here"
  }
}

/// What `boardwalk due` lists: per owner, the open actions that are overdue or due in a
/// window, earliest first; and how many open actions have no date to be due on.
///
/// Done actions are never listed. An owner is matched as `owner:` matches in the filter
/// grammar (exactly, ignoring case); an action with several owners is in each owner's group
/// and counted once in the totals; actions with no owner are in a group "(no owner)", last.
/// In a public list a confidential action's text and owners are withheld, so it is in a
/// group of its own, "(owner withheld)", after the others.
public struct DueList: Sendable {
  public let window: DueWindow
  /// Every action listed, once, earliest due first (ties in file order).
  public let items: [DueItem]
  /// The groups, owners in the order the owner index sorts them, then "(no owner)", then
  /// "(owner withheld)"; only groups with an action.
  public let groups: [DueGroup]
  /// The open actions considered that have no date (`ongoing`, `tbc` or none).
  public let undated: UndatedCount
  /// Whether confidential actions' text is withheld.
  public let isPublic: Bool
  /// Whether the owner asked for is named by any action loaded (`true` when none was asked).
  public let ownerIsKnown: Bool

  /// The due list of the actions in `actions` (every action when `nil`) of `store`.
  /// - Parameters:
  ///   - owner: only this owner's actions, in one group (as `owner:"NAME"` matches).
  ///   - isPublic: withhold confidential actions' text and owners.
  public init(
    store: PlanStore, actions: ActionSet? = nil, window: DueWindow, owner: String? = nil,
    isPublic: Bool = false
  ) {
    self.window = window
    self.isPublic = isPublic
    let owners = store.owners
    let ownerIndexes = owner.map { owners.owners(matching: $0, exact: true) }
    ownerIsKnown = ownerIndexes.map { !$0.isEmpty } ?? true
    var considered = actions ?? store.allActions
    if let ownerIndexes {
      considered.formIntersection(
        ActionSet(
          capacity: store.actions.count,
          indexes: ownerIndexes.flatMap { owners.actions(ofOwner: $0).map { Int($0) } }))
    }
    var undated = UndatedCount()
    var items: [DueItem] = []
    for index in considered where !store.isDone(action: index) {
      let action = store.actions[index]
      switch action.due {
      case .date(let due):
        let overdue = store.isOverdue(action: index, today: window.today)
        guard overdue || window.contains(due.date) else { continue }
        let record = ActionRecord(action: index, of: store, today: window.today)
        let shown = isPublic ? record.withholdingConfidentialText() : record
        items.append(
          DueItem(
            action: index, record: shown, due: due,
            dueWords: DueItem.wordsAdding(to: due, shown.dueText),
            daysOverdue: overdue ? due.date.days(until: window.today) : nil))
      case .ongoing: undated.ongoing += 1
      case .tbc: undated.tbc += 1
      case nil: undated.missing += 1
      }
    }
    items.sort { ($0.due.date, $0.action) < ($1.due.date, $1.action) }
    self.items = items
    self.undated = undated

    // Groups keep the items' order: earliest due first.
    var position: [Int: Int] = [:]
    for (offset, item) in items.enumerated() { position[item.action] = offset }
    let withheld = items.filter { isPublic && $0.record.isConfidential }
    let withheldSet = Set(withheld.map(\.action))
    func group(_ owner: DueOwner, _ actions: some Sequence<Int32>) -> DueGroup? {
      let offsets = actions.compactMap { index -> Int? in
        guard !withheldSet.contains(Int(index)) else { return nil }
        return position[Int(index)]
      }
      guard !offsets.isEmpty else { return nil }
      return DueGroup(owner: owner, items: offsets.sorted().map { items[$0] })
    }
    var groups: [DueGroup] = []
    let named = ownerIndexes ?? owners.nameOrder.map { Int($0) }
    for owner in named {
      if let found = group(.named(owners.names[owner]), owners.actions(ofOwner: owner)) {
        groups.append(found)
      }
    }
    if ownerIndexes == nil, let ownerless = group(.none, owners.ownerless) {
      groups.append(ownerless)
    }
    if !withheld.isEmpty { groups.append(DueGroup(owner: .withheld, items: withheld)) }
    self.groups = groups
  }

  /// How many of the actions listed are overdue.
  public var overdueCount: Int { items.lazy.filter(\.isOverdue).count }
  /// How many of the actions listed are due in the window.
  public var dueCount: Int { items.count - overdueCount }

  /// How many owners have a group (not "(no owner)" nor "(owner withheld)").
  public var namedOwnerCount: Int {
    groups.lazy.filter {
      if case .named = $0.owner { true } else { false }
    }.count
  }

  /// "3 overdue, 2 due by 5 Jan 2027"; a count of none is left out, and "nothing overdue or
  /// due by 5 Jan 2027" when both are.
  public static func counts(overdue: Int, due: Int, window: DueWindow) -> String {
    var parts: [String] = []
    if overdue > 0 { parts.append("\(overdue) overdue") }
    if due > 0 { parts.append("\(due) due \(window.phrase)") }
    return parts.isEmpty ? "nothing overdue or due \(window.phrase)" : parts.joined(separator: ", ")
  }

  /// "1 day", "53 days".
  static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
}
