import Foundation

/// What a tracker column holds: a field of the plan's actions (or of the plan itself).
public enum TrackerField: String, CaseIterable, Sendable, Hashable {
  /// The plan an action belongs to (a workbook written by `list --format xlsx`).
  case plan
  case id
  case area
  case objective
  case title
  case owners
  case start
  case due
  /// The source's own words for the due date.
  case dueText
  /// Status words, letters or fill colours.
  case status
  /// The key of the status level, beside a column of status labels.
  case statusKey
  /// A RAG rating beside a status (its class), or the status itself when alone.
  case rag
  case outcomes
  case measures
  case evidence
  case milestones
  /// A progress note: a dated update.
  case update
  /// Where the action comes from; codes that name an area become links.
  case sources
  /// Other areas the action serves.
  case links
  case confidential
  /// Read but not kept: values Boardwalk works out itself (overdue, done).
  case ignore

  /// The words the import report and the mapping file use.
  public var name: String { rawValue }
}

/// The header words of real trackers, and the field each names.
enum HeaderVocabulary {
  /// Headings that name a field only when they are the whole heading.
  static let exact: [String: TrackerField] = [
    "plan": .plan, "id": .id, "no": .id, "ref": .id, "#": .id, "number": .id, "who": .owners,
    "when": .due, "by": .due, "title": .title, "what": .title, "done": .ignore, "overdue": .ignore,
    "status label": .status, "statuslabel": .status, "duetext": .dueText, "due text": .dueText,
    "due as written": .dueText, "kind": .ignore, "confidential": .confidential,
  ]

  /// Phrases that name a field wherever they stand in a heading, as whole words; the
  /// longest phrase found wins ("impact measures" is measures, not outcomes).
  static let phrases: [(String, TrackerField)] = {
    var list: [(String, TrackerField)] = []
    func add(_ field: TrackerField, _ words: [String]) {
      list += words.map { ($0, field) }
    }
    add(
      .id,
      [
        "ref", "reference", "ref no", "ref number", "action ref", "action no", "action number",
        "action id", "action reference", "item no", "unique id", "task id", "item id",
        "issue key", "issue id", "reference number",
      ])
    add(
      .title,
      [
        "action", "actions", "description", "task", "tasks", "action description", "activity",
        "activities", "what we will do", "actions for the partnership", "next steps", "next step",
        "action title", "key action", "key actions", "deliverable", "deliverables",
        "actions required", "action required", "what will we do", "summary", "task name",
      ])
    add(
      .owners,
      [
        "owner", "owners", "lead", "leads", "responsible", "responsible officer",
        "accountable officer", "accountable", "lead officer", "strategic lead", "action owner",
        "by whom", "responsible lead", "lead person", "lead agency", "named lead", "lead officers",
        "responsibility", "owned by", "assigned to", "assignee", "assignees",
      ])
    add(
      .due,
      [
        "due", "due date", "deadline", "timescale", "timescales", "target date", "by when",
        "completion date", "target completion date", "end date", "date due", "timeframe",
        "time frame", "target completion", "due by", "finish", "date for completion",
        "complete by", "completed by", "to be completed by", "target end date",
      ])
    add(.start, ["start", "start date", "date started", "begin", "starts"])
    add(
      .status,
      [
        "status", "progress rating", "current status", "overall status", "delivery status",
        "action status", "delivery confidence", "progress status",
      ])
    add(
      .rag,
      [
        "rag", "brag", "rag rating", "rag status", "brag rating", "ragp", "rating", "b rag",
        "health", "overall rag",
      ])
    add(
      .area,
      [
        "area", "priority", "workstream", "work stream", "pap", "afi", "area for improvement",
        "area for priority action", "areas for priority action", "areas for improvement",
        "priority area", "theme", "strand", "commitment", "strategic priority", "apa", "section",
        "priority action", "workstreams", "themes", "area of focus", "bucket", "bucket name",
      ])
    add(
      .objective, ["objective", "objectives", "what do we want to achieve", "aim", "aims", "goal"])
    add(
      .outcomes,
      [
        "outcomes", "outcome", "impact", "intended outcomes", "intended outcomes and impact",
        "success criteria", "expected outcome", "expected outcomes", "expected impact",
        "what difference will it make", "what success looks like", "intended impact",
      ])
    add(
      .measures,
      [
        "measures", "measure", "kpis", "kpi", "impact measures", "measure of success",
        "measures of success", "performance measures", "performance indicators", "indicators",
        "how will we measure", "how we will measure impact", "key performance indicators",
      ])
    add(
      .evidence,
      ["evidence", "evidence of impact", "evidence of progress", "evidence of completion"])
    add(.milestones, ["milestones", "milestone", "key milestones"])
    add(
      .update,
      [
        "update", "updates", "progress", "progress update", "commentary", "comments", "comment",
        "latest update", "progress to date", "progress notes", "current position",
        "position statement", "narrative", "progress update and next steps", "status update",
        "update on progress", "progress comments",
      ])
    add(.sources, ["source", "sources", "derived from", "origin", "link to", "sef dbv afi"])
    add(.links, ["links", "linked areas", "also serves", "linked afi", "linked priorities"])
    return list
  }()

  /// Headings a person writes differently but means the same by: lower case, letters and
  /// digits only, single spaces.
  static func normalise(_ text: String) -> String {
    // Most headings and status words are ASCII: read them as bytes.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      var pendingSpace = false
      for byte in text.utf8 {
        let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
          if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
          pendingSpace = false
          bytes.append(lower)
        } else {
          pendingSpace = true
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var result = ""
    var pendingSpace = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingSpace, !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
  }

  /// The field a heading names, if any.
  static func field(for heading: String) -> TrackerField? {
    let trimmed = heading.trimmed
    if trimmed == "#" { return .id }
    // A heading is a few words; a cell of prose is no heading.
    guard trimmed.utf8.count <= 240 else { return nil }
    let normal = normalise(trimmed)
    guard !normal.isEmpty else { return nil }
    if let field = exact[normal] { return field }
    let padded = " " + normal + " "
    var best: (length: Int, field: TrackerField)?
    for (phrase, field) in phrases where phrase.count > (best?.length ?? 0) {
      if padded.firstRange(of: " " + phrase + " ") != nil { best = (phrase.count, field) }
    }
    return best?.field
  }
}
