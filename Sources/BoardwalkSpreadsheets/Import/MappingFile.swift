import BoardwalkCore
import Foundation

/// Reading and writing mapping files (`boardwalk-mapping/1`, JSON; docs/spreadsheets.md).
extension ImportMapping {
  /// Reads a mapping file's text; the error names the field at fault and says what to write.
  public static func parse(_ data: Data, file: String) throws(WorkbookError) -> ImportMapping {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw WorkbookError(
        "\(file): not valid JSON (\((error as NSError).localizedDescription)); a mapping file is one JSON object (docs/spreadsheets.md)"
      )
    }
    guard let root = object as? [String: Any] else {
      throw WorkbookError("\(file): a mapping file is one JSON object (docs/spreadsheets.md)")
    }
    func fail(_ field: String, _ what: String) -> WorkbookError {
      WorkbookError("\(file): \(field): \(what) (docs/spreadsheets.md)")
    }
    var mapping = ImportMapping()
    let known: Set<String> = [
      "format", "plan", "sheets", "columns", "status", "owners", "dates", "areas",
    ]
    if let unknown = root.keys.sorted().first(where: { !known.contains($0) && !$0.hasPrefix("x-") })
    {
      throw fail(
        unknown,
        "not a field of a mapping file; the fields are \(known.sorted().joined(separator: ", "))")
    }
    if let format = root["format"], format as? String != ImportMapping.format {
      throw fail("format", "write \"\(ImportMapping.format)\"")
    }
    if let plan = root["plan"] {
      guard let plan = plan as? [String: Any] else { throw fail("plan", "write an object") }
      for (key, value) in plan {
        guard let text = value as? String else { throw fail("plan.\(key)", "write a string") }
        switch key {
        case "id": mapping.planID = text
        case "title": mapping.title = text
        case "organisation": mapping.organisation = text
        default: throw fail("plan.\(key)", "the plan's fields are id, title and organisation")
        }
      }
    }
    if let sheets = root["sheets"] {
      guard let sheets = sheets as? [String] else {
        throw fail("sheets", "write a list of sheet names")
      }
      mapping.sheets = sheets
    }
    if let columns = root["columns"] {
      guard let columns = columns as? [String: Any] else {
        throw fail("columns", "write an object of headings to fields")
      }
      for heading in columns.keys.sorted() {
        guard let text = columns[heading] as? String, let target = ColumnTarget(text) else {
          throw fail(
            "columns.\(heading)",
            "write one of " + TrackerField.allCases.map(\.name).joined(separator: ", ")
              + ", or x-NAME to keep it as an extension")
        }
        mapping.columns.append((heading, target))
      }
    }
    if let statuses = root["status"] {
      guard let statuses = statuses as? [String: Any] else {
        throw fail("status", "write an object of status words to levels")
      }
      for words in statuses.keys.sorted() {
        let value = statuses[words]
        if let text = value as? String, let meaning = meaning(level: text, words: words) {
          mapping.statuses.append((words, meaning))
        } else if let object = value as? [String: Any], let rag = object["rag"] as? String,
          let base = meaning(level: rag, words: words)
        {
          var meaning = base
          if let key = object["key"] as? String {
            guard PlanFormat.isKey(key) else {
              throw fail("status.\(words).key", "letters, digits, '.', '_' and '-' only")
            }
            meaning.key = key
          }
          if let done = object["done"] as? Bool { meaning.isDone = done }
          mapping.statuses.append((words, meaning))
        } else {
          throw fail(
            "status.\(words)",
            "write red, amber, green, blue or grey (with +done when the words mean finished), or { \"key\": ..., \"rag\": ..., \"done\": ... }"
          )
        }
      }
    }
    if let owners = root["owners"] {
      guard let owners = owners as? [String: Any],
        let separators = owners["separators"] as? [String]
      else {
        throw fail("owners", "write { \"separators\": [\" / \", \";\", \"\\n\"] }")
      }
      mapping.ownerSeparators = separators
    }
    if let dates = root["dates"] {
      guard let dates = dates as? [String: Any], let order = dates["order"] as? String,
        let dateOrder = DateOrder(rawValue: order)
      else {
        throw fail("dates", "write { \"order\": \"dmy\" } (day first) or { \"order\": \"mdy\" }")
      }
      mapping.dateOrder = dateOrder
    }
    if let areas = root["areas"] {
      guard let areas = areas as? [String: Any] else {
        throw fail("areas", "write an object of names to { \"id\", \"title\", \"kind\" }")
      }
      for name in areas.keys.sorted() {
        guard let object = areas[name] as? [String: Any],
          object.values.allSatisfy({ $0 is String })
        else {
          throw fail("areas.\(name)", "write { \"id\": ..., \"title\": ..., \"kind\": ... }")
        }
        mapping.areas.append(
          (
            name,
            AreaChoice(
              id: object["id"] as? String, title: object["title"] as? String,
              kind: object["kind"] as? String)
          ))
      }
    }
    return mapping
  }

  /// The mapping as a file: every choice the import made, so the next import makes the same.
  public var json: String {
    var out = JSONWriter()
    out.open("{")
    out.field("format", ImportMapping.format)
    if planID != nil || title != nil || organisation != nil {
      out.object("plan") { out in
        out.optional("id", planID)
        out.optional("title", title)
        out.optional("organisation", organisation)
      }
    }
    if !sheets.isEmpty { out.strings("sheets", sheets) }
    if !columns.isEmpty {
      out.object("columns") { out in
        for (heading, target) in columns { out.field(heading, target.description) }
      }
    }
    if !statuses.isEmpty {
      out.object("status") { out in
        for (words, meaning) in statuses {
          out.inlineObjectField(words) { out in
            out.field("key", meaning.key)
            out.field("rag", meaning.rag.rawValue)
            out.raw("done", meaning.isDone ? "true" : "false")
          }
        }
      }
    }
    out.object("owners") { out in out.strings("separators", ownerSeparators) }
    if let dateOrder { out.object("dates") { out in out.field("order", dateOrder.rawValue) } }
    if !areas.isEmpty {
      out.object("areas") { out in
        for (name, choice) in areas {
          out.inlineObjectField(name) { out in
            out.optional("id", choice.id)
            out.optional("title", choice.title)
            out.optional("kind", choice.kind)
          }
        }
      }
    }
    out.close("}")
    return out.text + "\n"
  }
}
