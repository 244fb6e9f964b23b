import BoardwalkCore
import Foundation

/// One line of a journal (a meeting's, or a lead's return): a sequence number, when it was
/// written, and the event.
public struct JournalEntry: Hashable, Sendable {
  /// The journal format, written in the first entry.
  public static let format = "boardwalk-journal/1"

  /// 1 for the first entry, then one more for each.
  public let sequence: Int
  /// When the entry was written (ISO 8601, with the local offset).
  public let time: String
  public let event: MeetingEvent

  public init(sequence: Int, time: String, event: MeetingEvent) {
    self.sequence = sequence
    self.time = time
    self.event = event
  }

  // MARK: Writing

  /// The entry as one line of JSON (no line break): keys in a fixed, readable order.
  public var line: String {
    var fields: [(String, String)] = [("seq", "\(sequence)"), ("at", JSONText.quoted(time))]
    func text(_ key: String, _ value: String?) {
      if let value { fields.append((key, JSONText.quoted(value))) }
    }
    func list(_ key: String, _ value: [String]?) {
      if let value { fields.append((key, JSONText.array(value))) }
    }
    func ref(_ ref: ActionRef) {
      text("plan", ref.plan)
      text("action", ref.action)
    }
    func fingerprints(_ plans: [PlanFingerprint]) {
      let items = plans.map {
        "{\"plan\":\(JSONText.quoted($0.plan)),\"file\":\(JSONText.quoted($0.file)),\"sha256\":\(JSONText.quoted($0.sha256))"
          + ($0.backup.map { ",\"backup\":\(JSONText.quoted($0))" } ?? "") + "}"
      }
      fields.append(("plans", "[" + items.joined(separator: ",") + "]"))
    }
    switch event {
    case .started(let start):
      text("type", "started")
      text("format", JournalEntry.format)
      fingerprints(start.plans)
      text("agenda", start.agenda)
      text("today", start.today)
    case .details(let change):
      text("type", "details")
      text("title", change.title)
      text("date", change.date)
      text("chair", change.chair)
      list("present", change.present)
      list("apologies", change.apologies)
      list("declarations", change.declarations)
      text("previousMeeting", change.previousMeeting)
      text("nextMeeting", change.nextMeeting)
      text("time", change.time)
      text("venue", change.venue)
      text("minuteTaker", change.minuteTaker)
    case .moved(let action):
      text("type", "moved")
      ref(action)
    case .note(let action, let value):
      text("type", "note")
      ref(action)
      text("text", value)
    case .decision(let action, let value):
      text("type", "decision")
      ref(action)
      text("text", value)
    case .statusChanged(let action, let from, let to, let reason):
      text("type", "status")
      ref(action)
      fields.append(("from", JSONText.quoted(from)))
      text("to", to)
      text("reason", reason)
    case .dueChanged(let action, let from, let to, let reason):
      text("type", "due-changed")
      ref(action)
      fields.append(("from", JSONText.quoted(from)))
      text("due", to)
      text("reason", reason)
    case .closureProposed(let action, let note):
      text("type", "closure-proposed")
      ref(action)
      text("text", note)
    case .closureConfirmed(let action):
      text("type", "closure-confirmed")
      ref(action)
    case .closureWithdrawn(let action):
      text("type", "closure-withdrawn")
      ref(action)
    case .closureReopened(let action):
      text("type", "closure-reopened")
      ref(action)
    case .attendance(let attendance):
      text("type", "attendance")
      text("name", attendance.name)
      text("attendance", attendance.status.rawValue)
      text("for", attendance.substituteFor)
    case .declaration(let declaration):
      text("type", "declaration")
      if let item = declaration.item { ref(item) }
      text("name", declaration.name)
      text("interest", declaration.interest)
      fields.append(("leftRoom", declaration.leftRoom ? "true" : "false"))
    case .boardActionRaised(let action):
      text("type", "board-action")
      text("id", action.id)
      if let arising = action.arising { ref(arising) }
      text("business", action.business)
      text("text", action.text)
      text("owner", action.owner)
      text("due", action.due)
    case .boardActionReviewed(let review):
      text("type", "board-action-review")
      text("id", review.id)
      text("outcome", review.outcome.rawValue)
      text("due", review.due)
      text("text", review.note)
    case .minutesApproved(let approval):
      text("type", "minutes-approved")
      text("meeting", approval.meeting)
      fields.append(
        (
          "corrections",
          "["
            + approval.corrections.map {
              "{\"minute\":\(JSONText.quoted($0.minute)),\"text\":\(JSONText.quoted($0.text))}"
            }.joined(separator: ",") + "]"
        ))
    case .otherBusiness(let item):
      text("type", "aob")
      text("id", item.id)
      text("title", item.title)
      text("text", item.note)
      text("decision", item.decision)
    case .confidential(let action, let flag, let paragraph):
      text("type", "confidential")
      ref(action)
      fields.append(("confidential", flag ? "true" : "false"))
      if let paragraph { fields.append(("paragraph", "\(paragraph)")) }
    case .actionRaised(let raised):
      text("type", "raised")
      ref(raised.ref)
      text("area", raised.area)
      text("title", raised.title)
      list("owners", raised.owners)
      fields.append(("due", JSONText.quoted(raised.due)))
      fields.append(("confidential", raised.isConfidential ? "true" : "false"))
    case .struck(let target):
      text("type", "struck")
      fields.append(("target", "\(target)"))
    case .applying(let writes):
      text("type", "applying")
      let items = writes.map { write in
        "{"
          + [
            ("plan", write.plan), ("file", write.file), ("before", write.before),
            ("after", write.after), ("backup", write.backup), ("temporary", write.temporary),
          ].map { "\(JSONText.quoted($0.0)):\(JSONText.quoted($0.1))" }.joined(separator: ",") + "}"
      }
      fields.append(("writes", "[" + items.joined(separator: ",") + "]"))
    case .applied(let plans):
      text("type", "applied")
      fingerprints(plans)
    case .returnStarted(let start):
      text("type", "return-started")
      text("format", ReturnStart.format)
      text("lead", start.lead)
      text("cycle", start.cycle)
      fingerprints(start.plans)
    case .progress(let action, let value):
      text("type", "progress")
      ref(action)
      text("text", value)
    case .proposedStatus(let action, let to, let reason):
      text("type", "propose-status")
      ref(action)
      text("to", to)
      text("reason", reason)
    case .proposedDue(let action, let due, let reason):
      text("type", "propose-due")
      ref(action)
      text("due", due)
      text("reason", reason)
    case .evidence(let action, let value):
      text("type", "evidence")
      ref(action)
      text("text", value)
    case .milestoneDone(let action, let milestone):
      text("type", "milestone-done")
      ref(action)
      switch milestone {
      case .number(let number): fields.append(("milestone", "\(number)"))
      case .due(let due): text("due", due)
      }
    }
    return "{" + fields.map { "\(JSONText.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
  }

  // MARK: Reading

  /// Reads one journal line.
  /// - Throws: ``JournalLineError`` saying what is wrong with it.
  public init(line: String) throws(JournalLineError) {
    let raw: RawLine
    do {
      // Most lines are flat objects (moves, notes, decisions, status changes): read those
      // directly; anything else, well formed or not, goes to the full decoder, which also
      // says what is wrong.
      raw = try RawLine(flat: line) ?? Self.decoder.decode(RawLine.self, from: Data(line.utf8))
    } catch DecodingError.keyNotFound(let key, let context) {
      throw JournalLineError("\"\(Self.fieldPath(context.codingPath + [key]))\" is missing")
    } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty,
      let DecodingError.valueNotFound(_, context) where !context.codingPath.isEmpty
    {
      throw JournalLineError("\"\(Self.fieldPath(context.codingPath))\" has the wrong type")
    } catch {
      throw JournalLineError("not a valid JSON object")
    }
    func required<Value>(_ value: Value?, _ name: String) throws(JournalLineError) -> Value {
      guard let value else { throw JournalLineError("\"\(name)\" is missing") }
      return value
    }
    sequence = try required(raw.seq, "seq")
    time = try required(raw.at, "at")
    let type = try required(raw.type, "type")
    func ref() throws(JournalLineError) -> ActionRef {
      ActionRef(plan: try required(raw.plan, "plan"), action: try required(raw.action, "action"))
    }
    switch type {
    case "started":
      let format = try required(raw.format, "format")
      guard format == JournalEntry.format else {
        throw JournalLineError(
          "journal format \"\(format)\" is not \(JournalEntry.format); use a newer Boardwalk")
      }
      event = .started(
        MeetingStart(
          plans: try required(raw.plans, "plans"), agenda: try required(raw.agenda, "agenda"),
          today: try required(raw.today, "today")))
    case "details":
      event = .details(
        MeetingDetailsChange(
          title: raw.title, date: raw.date, chair: raw.chair, present: raw.present,
          apologies: raw.apologies,
          declarations: raw.declarations, previousMeeting: raw.previousMeeting,
          nextMeeting: raw.nextMeeting, time: raw.time, venue: raw.venue,
          minuteTaker: raw.minuteTaker))
    case "moved": event = .moved(try ref())
    case "note": event = .note(try ref(), text: try required(raw.text, "text"))
    case "decision": event = .decision(try ref(), text: try required(raw.text, "text"))
    case "status":
      event = .statusChanged(
        try ref(), from: raw.from, to: try required(raw.to, "to"),
        reason: try required(raw.reason, "reason"))
    case "due-changed":
      event = .dueChanged(
        try ref(), from: raw.from, to: try required(raw.due, "due"),
        reason: try required(raw.reason, "reason"))
    case "closure-proposed": event = .closureProposed(try ref(), note: raw.text ?? "")
    case "closure-confirmed": event = .closureConfirmed(try ref())
    case "closure-withdrawn": event = .closureWithdrawn(try ref())
    case "closure-reopened": event = .closureReopened(try ref())
    case "confidential":
      if let paragraph = raw.paragraph, ExemptInformation.cited(paragraph) == nil {
        throw JournalLineError(
          "\"paragraph\" is \(paragraph): Schedule 12A has paragraphs 1 to 7")
      }
      event = .confidential(
        try ref(), try required(raw.confidential, "confidential"), paragraph: raw.paragraph)
    case "raised":
      event = .actionRaised(
        RaisedAction(
          ref: try ref(), area: try required(raw.area, "area"),
          title: try required(raw.title, "title"),
          owners: raw.owners ?? [], due: raw.due, isConfidential: raw.confidential ?? false))
    case "attendance":
      let word = try required(raw.attendance, "attendance")
      guard let status = AttendanceStatus(rawValue: word) else {
        throw JournalLineError(
          "\"attendance\" is \"\(word)\": write one of \(AttendanceStatus.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      if status == .substitute, raw.for == nil {
        throw JournalLineError("a substitute names whom they stand in for: \"for\" is missing")
      }
      event = .attendance(
        Attendance(name: try required(raw.name, "name"), status: status, substituteFor: raw.for))
    case "declaration":
      let item = raw.plan == nil && raw.action == nil ? nil : try ref()
      event = .declaration(
        Declaration(
          name: try required(raw.name, "name"), interest: try required(raw.interest, "interest"),
          item: item, leftRoom: raw.leftRoom ?? false))
    case "board-action":
      let arising = raw.plan == nil && raw.action == nil ? nil : try ref()
      event = .boardActionRaised(
        BoardAction(
          id: try required(raw.id, "id"), text: try required(raw.text, "text"),
          owner: try required(raw.owner, "owner"), due: try required(raw.due, "due"),
          arising: arising, business: raw.business))
    case "board-action-review":
      let word = try required(raw.outcome, "outcome")
      guard let outcome = BoardActionReview.Outcome(rawValue: word) else {
        throw JournalLineError(
          "\"outcome\" is \"\(word)\": write done, carried or dropped")
      }
      if outcome == .carried, raw.due == nil {
        throw JournalLineError("an action carried forward has a new date: \"due\" is missing")
      }
      event = .boardActionReviewed(
        BoardActionReview(
          id: try required(raw.id, "id"), outcome: outcome, due: raw.due,
          note: try required(raw.text, "text")))
    case "minutes-approved":
      event = .minutesApproved(
        MinutesApproval(
          meeting: try required(raw.meeting, "meeting"), corrections: raw.corrections ?? []))
    case "aob":
      event = .otherBusiness(
        OtherBusiness(
          id: try required(raw.id, "id"), title: try required(raw.title, "title"),
          note: try required(raw.text, "text"), decision: raw.decision))
    case "struck": event = .struck(sequence: try required(raw.target, "target"))
    case "applying": event = .applying(try required(raw.writes, "writes"))
    case "applied": event = .applied(try required(raw.plans, "plans"))
    case "return-started":
      let format = try required(raw.format, "format")
      guard format == ReturnStart.format else {
        throw JournalLineError(
          "return format \"\(format)\" is not \(ReturnStart.format); use a newer Boardwalk")
      }
      let lead = try required(raw.lead, "lead")
      guard !lead.allSatisfy(\.isWhitespace) else {
        throw JournalLineError("\"lead\" is empty: a return names its lead")
      }
      let cycle = try required(raw.cycle, "cycle")
      guard ReturnCycle(cycle) != nil else {
        throw JournalLineError("\"cycle\" is \"\(cycle)\", not a month written YYYY-MM")
      }
      event = .returnStarted(
        ReturnStart(lead: lead, cycle: cycle, plans: try required(raw.plans, "plans")))
    case "progress": event = .progress(try ref(), text: try required(raw.text, "text"))
    case "propose-status":
      let to = try required(raw.to, "to")
      guard !to.isEmpty else { throw JournalLineError("\"to\" is empty: it names a level key") }
      event = .proposedStatus(try ref(), to: to, reason: try required(raw.reason, "reason"))
    case "propose-due":
      let due = try required(raw.due, "due")
      do {
        _ = try DueDate(parsing: due)
      } catch {
        throw JournalLineError("\"due\" is \"\(due)\": \(error)")
      }
      event = .proposedDue(try ref(), due: due, reason: try required(raw.reason, "reason"))
    case "evidence": event = .evidence(try ref(), text: try required(raw.text, "text"))
    case "milestone-done":
      let action = try ref()
      switch (raw.milestone, raw.due) {
      case (let number?, nil):
        guard number >= 1 else {
          throw JournalLineError("\"milestone\" is \(number): milestones are numbered from 1")
        }
        event = .milestoneDone(action, milestone: .number(number))
      case (nil, let due?): event = .milestoneDone(action, milestone: .due(due))
      case (nil, nil): throw JournalLineError("\"milestone\" is missing")
      case (_?, _?):
        throw JournalLineError("\"milestone\" and \"due\" both given: a milestone is named by one")
      }
    default:
      throw JournalLineError("unknown entry type \"\(type)\" (written by a newer Boardwalk?)")
    }
  }

  /// One decoder for every line (making one per line cost more than reading the line).
  private static let decoder = JSONDecoder()

  /// A field's path in a line, positions in arrays as numbers: `plans.0.sha256`.
  private static func fieldPath(_ path: [any CodingKey]) -> String {
    path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
  }
}

/// Why a journal line cannot be read.
public struct JournalLineError: Error, Hashable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

/// Every field a journal line may hold; which are required depends on its type.
private struct RawLine: Decodable {
  let seq: Int?
  let at: String?
  let type: String?
  let format: String?
  let plans: [PlanFingerprint]?
  let agenda: String?
  let today: String?
  let title: String?
  let date: String?
  let chair: String?
  let present: [String]?
  let apologies: [String]?
  let declarations: [String]?
  let previousMeeting: String?
  let nextMeeting: String?
  let plan: String?
  let action: String?
  let text: String?
  let from: String?
  let to: String?
  let reason: String?
  let area: String?
  let owners: [String]?
  let due: String?
  let confidential: Bool?
  let target: Int?
  let writes: [PlanWrite]?
  let lead: String?
  let cycle: String?
  let milestone: Int?
  let name: String?
  let attendance: String?
  let `for`: String?
  let interest: String?
  let leftRoom: Bool?
  let id: String?
  let owner: String?
  let outcome: String?
  let meeting: String?
  let corrections: [MinutesApproval.Correction]?
  let paragraph: Int?
  let decision: String?
  let time: String?
  let venue: String?
  let minuteTaker: String?
  let business: String?
}

extension RawLine {
  /// The fields a flat line may hold (the lists may only be null in one).
  private enum Key: Int, CaseIterable {
    case at, type, format, agenda, today, title, date, chair, previousMeeting, nextMeeting, plan
    case action, text, from, to, reason, area, lead, cycle, name, attendance, `for`, interest, id
    case owner, outcome, meeting, decision, time, venue, minuteTaker, business, due
    case seq, target, milestone, confidential, leftRoom, paragraph
    case plans, present, apologies, declarations, owners, writes, corrections

    static let names: [[UInt8]] = allCases.map { Array("\($0)".utf8) }

    /// The field named by these bytes, if it is one of these.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> Key? {
      guard let first = bytes.first else { return nil }
      for (index, name) in names.enumerated() where name.count == bytes.count && name[0] == first {
        if name.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return Key(rawValue: index) }
      }
      return nil
    }

    var holdsText: Bool { rawValue <= Key.due.rawValue }
  }

  /// The fields of `line` when it is one flat JSON object, each field a string, a whole
  /// number, a boolean or null, and each known field of its own type: what the decoder
  /// would read from it. `nil` for anything else (lists, objects, other numbers, a field
  /// twice, a field of the wrong type, anything malformed), left to the decoder.
  init?(flat line: String) {
    var strings: [String?] = Array(repeating: nil, count: Key.due.rawValue + 1)
    var seq: Int?
    var target: Int?
    var milestone: Int?
    var confidential: Bool?
    var leftRoom: Bool?
    var paragraph: Int?
    var seenKnown: UInt64 = 0
    var seenOther = Set<String>()
    var line = line
    let read = line.withUTF8 { bytes in
      FlatJSONObject.read(bytes) { name, value in
        guard let key = Key.named(name) else {
          // Unknown fields are ignored, as the decoder ignores them; twice is not flat.
          return seenOther.insert(String(decoding: name, as: UTF8.self)).inserted
        }
        guard seenKnown & (1 << key.rawValue) == 0 else { return false }
        seenKnown |= 1 << key.rawValue
        switch (key, value) {
        case (_, .null): return true
        case (_, .string(let text)) where key.holdsText: strings[key.rawValue] = text
        case (.seq, .integer(let number)): seq = number
        case (.target, .integer(let number)): target = number
        case (.milestone, .integer(let number)): milestone = number
        case (.paragraph, .integer(let number)): paragraph = number
        case (.confidential, .boolean(let flag)): confidential = flag
        case (.leftRoom, .boolean(let flag)): leftRoom = flag
        // A known field of another type, or a list given as anything but null: the
        // decoder's to read or refuse.
        default: return false
        }
        return true
      }
    }
    guard read else { return nil }
    // Each text is taken out of the list (read once each), not copied.
    func text(_ key: Key) -> String? { strings[key.rawValue].take() }
    self.init(
      seq: seq, at: text(.at), type: text(.type), format: text(.format), plans: nil,
      agenda: text(.agenda), today: text(.today), title: text(.title), date: text(.date),
      chair: text(.chair), present: nil, apologies: nil, declarations: nil,
      previousMeeting: text(.previousMeeting), nextMeeting: text(.nextMeeting),
      plan: text(.plan), action: text(.action), text: text(.text), from: text(.from),
      to: text(.to), reason: text(.reason), area: text(.area), owners: nil, due: text(.due),
      confidential: confidential, target: target, writes: nil, lead: text(.lead),
      cycle: text(.cycle), milestone: milestone, name: text(.name),
      attendance: text(.attendance), for: text(.for), interest: text(.interest),
      leftRoom: leftRoom, id: text(.id), owner: text(.owner), outcome: text(.outcome),
      meeting: text(.meeting), corrections: nil, paragraph: paragraph,
      decision: text(.decision), time: text(.time), venue: text(.venue),
      minuteTaker: text(.minuteTaker), business: text(.business))
  }
}
