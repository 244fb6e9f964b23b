import BoardwalkCore
import BoardwalkMeeting

/// One thing a lead's return asks the board to decide about a meeting item (a status or a
/// due date), with the words the journal and the minutes cite it by.
struct ReturnProposal: Hashable {
  enum Change: Hashable {
    /// A level key of the action's scale.
    case status(String)
    /// A due date, as a plan writes it.
    case due(String)
    /// A progress note: accepted, it is minuted as a note (and `apply` writes it as a dated
    /// update); there is nothing to decline.
    case progress(String)
  }

  /// Whether the board is asked to decide it (a status or a date), rather than take note.
  var isDecision: Bool {
    if case .progress = change { false } else { true }
  }

  let change: Change
  /// "Head of SEND's return of 15 Nov 2026".
  let source: String
  /// "status Red → Amber: locums in post".
  let words: String
  /// The lead's reason, with its source: a status change accepted gives it as its reason.
  let reason: String

  /// The proposal with its source, as the journal and the minutes cite it: "Head of SEND's
  /// return of 15 Nov 2026: status Red → Amber: locums in post".
  var citation: String { "\(source): \(words)" }

  /// The proposals in `entry` (status first, then due date), described against the action
  /// as its plan has it (what the lead saw): its level key `planLevel` and readable due date
  /// `planDue`.
  static func all(
    in entry: LeadReturns.Entry, plan: Plan, planLevel: String?, planDue: String?
  ) -> [ReturnProposal] {
    let source = "\(entry.lead)'s return of \(readable(entry.day))"
    var proposals: [ReturnProposal] = []
    if let status = entry.status {
      let label = { (key: String?) -> String in
        key.flatMap { plan.scale.levelIndex(forKey: $0) }.map { plan.scale.levels[$0].label }
          ?? key ?? "unrated"
      }
      proposals.append(
        ReturnProposal(
          change: .status(status.value), source: source,
          words: "status \(label(planLevel)) → \(label(status.value)): \(status.reason)",
          reason: "\(source): \(status.reason)"))
    }
    if let due = entry.due {
      let proposed = (try? PlanDate(parsing: due.value).readable) ?? due.value
      proposals.append(
        ReturnProposal(
          change: .due(due.value), source: source,
          words: "due \(planDue ?? "no date") → \(proposed): \(due.reason)",
          reason: "\(source): \(due.reason)"))
    }
    if let progress = entry.progress {
      proposals.append(
        ReturnProposal(
          change: .progress(progress), source: source, words: "progress: \(progress)",
          reason: "\(source): \(progress)"))
    }
    return proposals
  }

  /// What the meeting has answered to this proposal, from its decisions on the item.
  func answer(in item: ItemRecord) -> Answer? {
    if !isDecision {
      let minuted = item.liveEntries.contains {
        if case .note(let text) = $0.kind { text == reason } else { false }
      }
      return minuted ? .accepted : nil
    }
    for entry in item.liveEntries.reversed() {
      guard case .decision(let text) = entry.kind else { continue }
      if text == Answer.accepted.prefix + citation { return .accepted }
      if text.hasPrefix(Answer.notAccepted.prefix + citation + ".") { return .notAccepted }
    }
    return nil
  }

  /// The meeting's answer to a proposal, as its decision begins.
  enum Answer {
    case accepted, notAccepted

    var prefix: String {
      switch self {
      case .accepted: "Accepted: "
      case .notAccepted: "Not accepted: "
      }
    }
  }

  private static func readable(_ day: String) -> String {
    (try? CalendarDate(parsingDay: day).readable) ?? day
  }
}
