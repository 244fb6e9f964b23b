import BoardwalkCore

/// What `boardwalk returns` tells the officer for a cycle: per lead (every owner of an open
/// action), whether they returned, which of their open actions their return leaves without
/// an update, and what they propose; then whom to chase.
public struct ReturnsReport: Sendable {
  /// An action as the report names it.
  public struct Item: Hashable, Sendable {
    public let ref: ActionRef
    /// The title, marked `[C]` when confidential and withheld when the report is public.
    public let title: String
    public let isConfidential: Bool
    /// Whether its words are withheld (confidential, in a public report).
    public let isWithheld: Bool

    /// "demo-northbrook APA1.1 Clear the backlog".
    public var label: String { "\(ref.plan) \(ref.action) \(title)" }
  }

  /// One thing a lead's return proposes or reports about an action.
  public struct Proposal: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      /// A status change, levels as labels (`from` nil when unrated).
      case status(from: String?, to: String, reason: String)
      /// A due date moved (`from` nil when it had none).
      case due(from: String?, to: String, reason: String)
      case evidence(String)
      /// A milestone ticked, described ("milestone 2: Recruit locums").
      case milestone(String)
      case progress(String)
    }

    public let item: Item
    public let kind: Kind
    /// When the lead wrote it (ISO 8601).
    public let time: String

    /// Whether it is a progress note rather than something the board is asked to take.
    public var isProgress: Bool {
      if case .progress = kind { true } else { false }
    }

    /// The proposal in words, without the action: "status Amber → Green: funding agreed".
    public var words: String {
      switch kind {
      case .status(let from, let to, let reason):
        "status \(from ?? "unrated") → \(to)" + (reason.isEmpty ? "" : ": \(reason)")
      case .due(let from, let to, let reason):
        "due \(from ?? "none") → \(to)" + (reason.isEmpty ? "" : ": \(reason)")
      case .evidence(let text): "evidence: \(text)"
      case .milestone(let text): "done: \(text)"
      case .progress(let text): text
      }
    }
  }

  /// One lead's return, or its absence.
  public struct Lead: Hashable, Sendable {
    public let name: String
    /// Where their return for the cycle is (or would be).
    public let file: String
    public let hasReturned: Bool
    /// Their open actions the return says nothing about (all of them without a return).
    public let withoutUpdate: [Item]
    /// Their open actions the return does update.
    public let updated: [Item]
    /// Status changes, date moves, evidence and milestones, then progress notes, by action.
    public let proposals: [Proposal]
    /// When they last wrote (ISO 8601), if they returned.
    public let lastWritten: String?

    /// Whether the officer should chase them: no return, or actions left without update.
    public var needsChasing: Bool { !hasReturned || !withoutUpdate.isEmpty }
  }

  public let cycle: ReturnCycle
  public let leads: [Lead]
  public let isPublic: Bool

  /// The leads to chase.
  public var chasers: [Lead] { leads.filter(\.needsChasing) }

  /// The report for `cycle` over `store`: each lead's return is read by `read` (given the
  /// lead's name and the file's path in `folder`; `nil` when there is none).
  public init(
    store: PlanStore, cycle: ReturnCycle, folder: String, isPublic: Bool,
    read: (_ lead: String, _ file: String) -> ReturnRecord?
  ) {
    self.cycle = cycle
    self.isPublic = isPublic
    leads = LeadActions.leads(in: store).map { lead in
      let file = ReturnFiles.path(folder: folder, cycle: cycle, lead: lead.lead)
      let record = read(lead.lead, file)
      let items = lead.actions.map { Self.item($0, store: store, isPublic: isPublic) }
      let proposals =
        record.map { record in
          zip(lead.actions, items).flatMap { index, item in
            Self.proposals(record.item(item.ref), item: item, action: index, store: store)
          }
        } ?? []
      return Lead(
        name: lead.lead, file: file, hasReturned: record != nil,
        withoutUpdate: items.filter { record?.hasUpdate($0.ref) != true },
        updated: items.filter { record?.hasUpdate($0.ref) == true },
        proposals: proposals,
        lastWritten: record.flatMap { record in
          record.actions.compactMap { record.item($0).latest?.time }.max()
        })
    }
  }

  private static func item(_ index: Int, store: PlanStore, isPublic: Bool) -> Item {
    let action = store.actions[index]
    return Item(
      ref: LeadActions.ref(index, in: store),
      title: Confidentiality.title(
        action.title, isConfidential: action.isConfidential, isPublic: isPublic),
      isConfidential: action.isConfidential, isWithheld: action.isConfidential && isPublic)
  }

  /// What a return says about one action, as proposals: the latest status and due date
  /// proposed, every piece of evidence and milestone, the latest progress note. A
  /// confidential action's words are withheld in a public report.
  private static func proposals(
    _ returned: ReturnItem, item: Item, action index: Int, store: PlanStore
  ) -> [Proposal] {
    let action = store.actions[index]
    let scale = store.plans[action.plan].scale
    func words(_ text: String) -> String { item.isWithheld ? "(withheld)" : text }
    var out: [Proposal] = []
    if let status = returned.proposedStatus {
      let to = scale.levelIndex(forKey: status.value.value).map { scale.levels[$0].label }
      out.append(
        Proposal(
          item: item,
          kind: .status(
            from: store.level(ofAction: index)?.label, to: to ?? status.value.value,
            reason: words(status.value.reason)), time: status.time))
    }
    if let due = returned.proposedDue {
      out.append(
        Proposal(
          item: item,
          kind: .due(
            from: action.due?.written, to: due.value.value, reason: words(due.value.reason)),
          time: due.time))
    }
    for evidence in returned.evidence {
      out.append(Proposal(item: item, kind: .evidence(words(evidence.value)), time: evidence.time))
    }
    let milestones = action.milestones
    for ticked in returned.milestones {
      let found: Milestone? =
        switch ticked.value {
        case .number(let number):
          milestones.indices.contains(number - 1) ? milestones[number - 1] : nil
        case .due(let due): milestones.first { $0.dueText == due || $0.due?.written == due }
        }
      let text = found.map { "\(ticked.value.description): \(words($0.text))" }
      out.append(
        Proposal(item: item, kind: .milestone(text ?? ticked.value.description), time: ticked.time)
      )
    }
    if let progress = returned.progress {
      out.append(Proposal(item: item, kind: .progress(words(progress.value)), time: progress.time))
    }
    return out
  }
}
