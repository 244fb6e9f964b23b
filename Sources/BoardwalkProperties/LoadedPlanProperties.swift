import BoardwalkCore
import Foundation

/// What must hold of a plan file that loaded without errors:
///
/// 1. A store built from the plan holds its actions, in order.
/// 2. `PlanSourceMap.of` finds the file's map (a file that loads can be edited in place):
///    the plan's id; an `actions` range from `[` to `]`; one span per action, with the
///    action's id, in file order, each from `{` to `}` inside the actions array and after
///    the one before; a `status` span holding a JSON string, an `updates` span from `[` to
///    `]` and a `confidential` span holding `true` or `false`, each inside its action.
/// 3. Every action's `ActionRecord` can be made; the Markdown table `list` writes of them
///    has a header, a delimiter row and one row per action, every row with the header's
///    number of cells; and `JSONText` writes their text as JSON that reads back to the
///    same strings.
public func checkLoadedPlanProperties(_ bytes: [UInt8], plan: Plan, actions: [Action]) {
  var builder = PlanStore.Builder()
  builder.add(plan, actions: actions)
  let store = builder.build()
  require(
    store.actions.map(\.id) == actions.map(\.id), "a store holds the plan's actions in order")
  checkSourceMap(bytes, plan: plan, actions: actions)
  checkListOutput(store)
}

private func checkSourceMap(_ bytes: [UInt8], plan: Plan, actions: [Action]) {
  guard let map = PlanSourceMap.of(bytes) else {
    propertyFailure("a plan that loads has a source map", "PlanSourceMap.of returned nil")
  }
  require(map.planID == plan.id, "the source map names the plan", "\(map.planID) \(plan.id)")
  func holds(_ range: Range<Int>, from first: UInt8, to last: UInt8) -> Bool {
    range.lowerBound >= 0 && range.upperBound <= bytes.count && range.count >= 2
      && bytes[range.lowerBound] == first && bytes[range.upperBound - 1] == last
  }
  let bracket = UInt8(ascii: "[")
  let closing = UInt8(ascii: "]")
  let brace = UInt8(ascii: "{")
  let closingBrace = UInt8(ascii: "}")
  let quote = UInt8(ascii: "\"")
  require(
    holds(map.actions, from: bracket, to: closing), "the actions span is the actions array",
    "\(map.actions)")
  require(
    map.spans.map(\.id) == actions.map(\.id), "the source map has every action, in order",
    "\(map.spans.map(\.id)) against \(actions.map(\.id))")
  var previousEnd = map.actions.lowerBound
  for (id, span) in map.spans {
    let object = span.object
    require(
      holds(object, from: brace, to: closingBrace) && object.lowerBound > previousEnd
        && object.upperBound < map.actions.upperBound,
      "an action's span is its object, inside the actions array, after the one before",
      "\(id): \(object) after \(previousEnd) in \(map.actions)")
    previousEnd = object.upperBound
    func inside(_ range: Range<Int>?, from first: UInt8, to last: UInt8) -> Bool {
      guard let range else { return true }
      return holds(range, from: first, to: last) && object.contains(range.lowerBound)
        && range.upperBound <= object.upperBound
    }
    require(
      inside(span.status, from: quote, to: quote), "a status span is a string in its action",
      "\(id): \(String(describing: span.status))")
    require(
      inside(span.updates, from: bracket, to: closing),
      "an updates span is an array in its action", "\(id): \(String(describing: span.updates))")
    if let confidential = span.confidential {
      let text = String(decoding: bytes[confidential], as: UTF8.self)
      require(
        (text == "true" || text == "false") && object.contains(confidential.lowerBound),
        "a confidential span is a boolean in its action", "\(id): \(text)")
    }
  }
}

private func checkListOutput(_ store: PlanStore) {
  guard let today = CalendarDate(year: 2026, month: 11, day: 22) else {
    propertyFailure("the fixed day exists", "2026-11-22")
  }
  let records = store.actions.indices.map { ActionRecord(action: $0, of: store, today: today) }
  let header = ["Plan", "ID", "RAG", "Status", "Due", "Owners", "Title"]
  let table = MarkdownText.table(
    header: header,
    rows: records.map { record in
      [
        record.plan, record.id, String(record.rag.letter), record.statusLabel ?? "Unrated",
        record.dueForPeople + (record.isOverdue ? " (overdue)" : ""),
        record.owners.joined(separator: "; "), record.title,
      ]
    })
  checkTableShape(table, columns: header.count, rows: records.count)
  var strings: [String?] = []
  for record in records {
    strings += [record.plan, record.id, record.title, record.area, record.start, record.due]
    strings += [record.dueText, record.status, record.statusLabel]
    strings += (record.links + record.owners).map { $0 }
  }
  let json = "[" + strings.map { JSONText.quoted($0) }.joined(separator: ",") + "]"
  let decoded = try? JSONDecoder().decode([String?].self, from: Data(json.utf8))
  require(decoded == strings, "JSONText writes JSON that reads back to the same text", json)
}
