/// One action of a plan, as its file holds it, with references resolved to indexes.
///
/// Its prose (title, outcomes, updates...) lives in its plan's ``PlanText`` and is made into
/// strings only when read, so a store of 100,000 actions loads without making a million
/// strings nobody looks at.
public struct Action: Sendable, Hashable {
  public let id: String
  public let owners: [String]
  public let sources: [String]
  /// Indexes of the other areas the action serves, in its plan's ``Plan/areas``.
  public let links: [Int]
  public let start: PlanDate?
  public let due: DueDate?
  public let isConfidential: Bool

  // Stored narrow, read as `Int`: 100,000 actions are 5 MB smaller for it.
  private var planNumber: Int32
  private let areaNumber: Int32
  /// The level index, or -1 when unrated.
  private let statusNumber: Int32

  /// Index of the action's plan in its store's ``PlanStore/plans``.
  public internal(set) var plan: Int {
    get { Int(planNumber) }
    set { planNumber = Int32(truncatingIfNeeded: newValue) }
  }
  /// Index of the action's area in its plan's ``Plan/areas``.
  public var area: Int { Int(areaNumber) }
  /// Index of the action's level in its plan's scale; `nil` means unrated.
  public var status: Int? { statusNumber < 0 ? nil : Int(statusNumber) }

  let text: PlanText
  let titleRef: TextRef
  // Optional prose as ``TextRef/absent`` when missing: eight bytes each, not twelve.
  private let objectiveStored: TextRef
  private let dueTextStored: TextRef
  private let outcomesStored: TextRef
  private let measuresStored: TextRef
  private let evidenceStored: TextRef
  let storedMilestones: [StoredMilestone]
  let storedUpdates: [StoredUpdate]

  var objectiveRef: TextRef? { objectiveStored.present }
  var dueTextRef: TextRef? { dueTextStored.present }
  var outcomesRef: TextRef? { outcomesStored.present }
  var measuresRef: TextRef? { measuresStored.present }
  var evidenceRef: TextRef? { evidenceStored.present }

  public var title: String { text.string(titleRef) }
  public var objective: String? { objectiveRef.map(text.string) }
  /// The source's own words for the due date.
  public var dueText: String? { dueTextRef.map(text.string) }
  public var outcomes: String? { outcomesRef.map(text.string) }
  public var measures: String? { measuresRef.map(text.string) }
  public var evidence: String? { evidenceRef.map(text.string) }

  public var milestones: [Milestone] {
    storedMilestones.map { stored in
      Milestone(
        due: stored.due, dueText: stored.dueText.map(text.string), text: text.string(stored.text),
        isDone: stored.isDone)
    }
  }

  /// Progress notes, oldest first.
  public var updates: [ProgressUpdate] {
    storedUpdates.map {
      ProgressUpdate(date: $0.date, status: $0.status, text: $0.text.map(text.string))
    }
  }

  /// The dates and statuses of the progress notes, oldest first, without their text.
  public var statusHistory: [(date: PlanDate, status: Int?)] {
    storedUpdates.map { ($0.date, $0.status) }
  }

  /// An action made in code (tests, actions raised in a meeting).
  public init(
    plan: Int = 0, id: String, area: Int, links: [Int] = [], title: String,
    objective: String? = nil,
    owners: [String] = [], start: PlanDate? = nil, due: DueDate? = nil, dueText: String? = nil,
    status: Int? = nil, milestones: [Milestone] = [], outcomes: String? = nil,
    measures: String? = nil,
    evidence: String? = nil, updates: [ProgressUpdate] = [], sources: [String] = [],
    isConfidential: Bool = false
  ) {
    var builder = PlanText.Builder()
    func ref(_ value: String?) -> TextRef? { value.map { builder.append($0) } }
    let titleRef = builder.append(title)
    let objectiveRef = ref(objective)
    let dueTextRef = ref(dueText)
    let outcomesRef = ref(outcomes)
    let measuresRef = ref(measures)
    let evidenceRef = ref(evidence)
    let storedMilestones = milestones.map {
      StoredMilestone(
        due: $0.due, dueText: ref($0.dueText), text: builder.append($0.text), isDone: $0.isDone)
    }
    let storedUpdates = updates.map {
      StoredUpdate(date: $0.date, status: $0.status, text: ref($0.text))
    }
    self.init(
      plan: plan, id: id, area: area, links: links, owners: owners, start: start, due: due,
      status: status,
      sources: sources, isConfidential: isConfidential, text: builder.build(), title: titleRef,
      objective: objectiveRef, dueText: dueTextRef, outcomes: outcomesRef, measures: measuresRef,
      evidence: evidenceRef, milestones: storedMilestones, updates: storedUpdates)
  }

  /// An action read from a plan file, its prose in the file's text.
  init(
    plan: Int = 0, id: String, area: Int, links: [Int], owners: [String], start: PlanDate?,
    due: DueDate?,
    status: Int?, sources: [String], isConfidential: Bool, text: PlanText, title: TextRef,
    objective: TextRef?,
    dueText: TextRef?, outcomes: TextRef?, measures: TextRef?, evidence: TextRef?,
    milestones: [StoredMilestone], updates: [StoredUpdate]
  ) {
    planNumber = Int32(truncatingIfNeeded: plan)
    self.id = id
    areaNumber = Int32(truncatingIfNeeded: area)
    self.links = links
    self.owners = owners
    self.start = start
    self.due = due
    statusNumber = status.map { Int32(truncatingIfNeeded: $0) } ?? -1
    self.sources = sources
    self.isConfidential = isConfidential
    self.text = text
    titleRef = title
    objectiveStored = objective ?? .absent
    dueTextStored = dueText ?? .absent
    outcomesStored = outcomes ?? .absent
    measuresStored = measures ?? .absent
    evidenceStored = evidence ?? .absent
    storedMilestones = milestones
    storedUpdates = updates
  }

  /// The day the action is due, when it has one (not `ongoing`, `tbc` or absent).
  public var dueDate: CalendarDate? { due?.calendarDate }

  /// Equal when everything a reader can see is equal, wherever the text is kept.
  public static func == (lhs: Action, rhs: Action) -> Bool {
    lhs.plan == rhs.plan && lhs.id == rhs.id && lhs.area == rhs.area && lhs.links == rhs.links
      && lhs.owners == rhs.owners && lhs.start == rhs.start && lhs.due == rhs.due
      && lhs.status == rhs.status
      && lhs.sources == rhs.sources && lhs.isConfidential == rhs.isConfidential
      && lhs.title == rhs.title
      && lhs.objective == rhs.objective && lhs.dueText == rhs.dueText
      && lhs.outcomes == rhs.outcomes
      && lhs.measures == rhs.measures && lhs.evidence == rhs.evidence
      && lhs.milestones == rhs.milestones
      && lhs.updates == rhs.updates
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(plan)
    hasher.combine(id)
    hasher.combine(area)
    hasher.combine(status)
  }
}

extension Action {
  /// The action with its due date moved to `due` (the words a source gave for the old date
  /// no longer apply, so they go).
  public func replacingDue(_ due: DueDate) -> Action {
    replacing(due: due, status: status, dueText: nil)
  }

  /// The same action with another status (a level index of its plan's scale; `nil` for
  /// unrated).
  public func replacingStatus(_ status: Int?) -> Action {
    replacing(due: due, status: status, dueText: dueTextRef)
  }

  /// The action with these due date, status and source words, everything else as it is.
  private func replacing(due: DueDate?, status: Int?, dueText: TextRef?) -> Action {
    Action(
      plan: plan, id: id, area: area, links: links, owners: owners, start: start, due: due,
      status: status,
      sources: sources, isConfidential: isConfidential, text: text, title: titleRef,
      objective: objectiveRef,
      dueText: dueText, outcomes: outcomesRef, measures: measuresRef, evidence: evidenceRef,
      milestones: storedMilestones, updates: storedUpdates)
  }
}
