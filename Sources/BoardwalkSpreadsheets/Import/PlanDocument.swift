import BoardwalkCore

/// A plan as a plan file writes it (`boardwalk-plan/1`): what the import produces. Its
/// ``json`` is handed to the plan loader, so a tracker gives exactly the plan values and
/// the checks that a plan file does.
public struct PlanDocument: Sendable, Equatable {
  /// A level of the rating scale the plan defines (`scales` in the plan file).
  public struct Level: Sendable, Equatable {
    public var key: String
    public var label: String
    public var rag: RAGClass
    public var isDone = false
    public var definition: String?
  }

  /// An area, as `areas` in the plan file holds it.
  public struct Area: Sendable, Equatable {
    public var id: String
    public var kind: String?
    public var title: String
    public var parent: String?
    public var lead: String?
    public var description: String?
  }

  /// A dated progress note.
  public struct Update: Sendable, Equatable {
    public var date: PlanDate
    public var status: String?
    public var text: String?
  }

  /// An action, with the plan file's fields (docs/plan-format.md).
  public struct Action: Sendable, Equatable {
    public var id: String
    public var area: String
    public var links: [String] = []
    public var title: String
    public var objective: String?
    public var owners: [String] = []
    public var start: PlanDate?
    public var due: DueDate?
    public var dueText: String?
    public var status: String?
    /// Milestones' texts (a milestones cell holds one a line).
    public var milestones: [String] = []
    public var outcomes: String?
    public var measures: String?
    public var evidence: String?
    public var updates: [Update] = []
    public var sources: [String] = []
    public var isConfidential = false
    /// Columns the plan format has no field for, kept as `x-` fields: (name, text).
    public var extensions: [(String, String)] = []
    /// Where the action was read from (`SP1!B4`), for messages; not written.
    public var place: String = ""

    public static func == (lhs: Action, rhs: Action) -> Bool {
      lhs.id == rhs.id && lhs.area == rhs.area && lhs.links == rhs.links && lhs.title == rhs.title
        && lhs.objective == rhs.objective && lhs.owners == rhs.owners && lhs.start == rhs.start
        && lhs.due == rhs.due && lhs.dueText == rhs.dueText && lhs.status == rhs.status
        && lhs.milestones == rhs.milestones && lhs.outcomes == rhs.outcomes
        && lhs.measures == rhs.measures && lhs.evidence == rhs.evidence
        && lhs.updates == rhs.updates && lhs.sources == rhs.sources
        && lhs.isConfidential == rhs.isConfidential
        && lhs.extensions.map(\.0) == rhs.extensions.map(\.0)
        && lhs.extensions.map(\.1) == rhs.extensions.map(\.1)
    }
  }

  public var id: String
  public var title: String
  public var organisation: String?
  public var source: String?
  /// The scale's name: a built-in scale, or the one in ``levels``.
  public var scaleName: String?
  /// The levels of a scale the plan defines; empty when it uses a built-in scale.
  public var levels: [Level] = []
  public var areas: [Area] = []
  public var actions: [Action] = []
  /// How the plan was made, kept in the plan as `x-import`.
  public var importNote: String?

  /// The plan file's text: indented JSON, fields in the order docs/plan-format.md gives,
  /// every string escaped so that it is safe to print.
  public var json: String {
    var out = JSONWriter()
    out.open("{")
    out.field("format", PlanFormat.identifier)
    out.object("plan") { out in
      out.field("id", id)
      out.field("title", title)
      out.optional("organisation", organisation)
      out.optional("source", source)
      out.optional("scale", scaleName)
      out.optional("x-import", importNote)
    }
    if let scaleName, !levels.isEmpty {
      out.object("scales") { out in
        out.array(scaleName) { out in
          for level in levels {
            out.inlineObject { out in
              out.field("key", level.key)
              out.field("label", level.label)
              out.field("rag", level.rag.rawValue)
              if level.isDone { out.raw("done", "true") }
              out.optional("definition", level.definition)
            }
          }
        }
      }
    }
    out.array("areas") { out in
      for area in areas {
        out.inlineObject { out in
          out.field("id", area.id)
          out.optional("kind", area.kind)
          out.field("title", area.title)
          out.optional("parent", area.parent)
          out.optional("lead", area.lead)
          out.optional("description", area.description)
        }
      }
    }
    out.array("actions") { out in
      for action in actions {
        out.objectElement { out in
          out.field("id", action.id)
          out.field("area", action.area)
          if !action.links.isEmpty { out.strings("links", action.links) }
          out.field("title", action.title)
          out.optional("objective", action.objective)
          if !action.owners.isEmpty { out.strings("owners", action.owners) }
          out.optional("start", action.start?.written)
          out.optional("due", action.due?.written)
          out.optional("dueText", action.dueText)
          out.optional("status", action.status)
          if !action.milestones.isEmpty {
            out.array("milestones") { out in
              for text in action.milestones {
                out.inlineObject { out in out.field("text", text) }
              }
            }
          }
          out.optional("outcomes", action.outcomes)
          out.optional("measures", action.measures)
          out.optional("evidence", action.evidence)
          if !action.updates.isEmpty {
            out.array("updates") { out in
              for update in action.updates {
                out.inlineObject { out in
                  out.field("date", update.date.written)
                  out.optional("status", update.status)
                  out.optional("text", update.text)
                }
              }
            }
          }
          if !action.sources.isEmpty { out.strings("sources", action.sources) }
          if action.isConfidential { out.raw("confidential", "true") }
          for (name, text) in action.extensions { out.field(name, text) }
        }
      }
    }
    out.close("}")
    return out.text + "\n"
  }
}

/// Indented JSON for plan documents: objects one field a line, levels, areas and small
/// objects on one line. Strings go through ``JSONText``, the one JSON string writer.
struct JSONWriter {
  private(set) var text = ""
  private var depth = 0
  private var first = [true]
  private var inline = 0

  mutating func open(_ bracket: String) {
    text += bracket
    depth += 1
    first.append(true)
  }

  mutating func close(_ bracket: String) {
    depth -= 1
    first.removeLast()
    text += inline > 0 ? " " + bracket : "\n" + indent + bracket
  }

  private var indent: String { String(repeating: "  ", count: depth) }

  private mutating func separate() {
    if first[first.count - 1] {
      first[first.count - 1] = false
      text += inline > 0 ? " " : "\n" + indent
    } else {
      text += inline > 0 ? ", " : ",\n" + indent
    }
  }

  mutating func raw(_ name: String, _ value: String) {
    separate()
    text += Self.quoted(name) + ": " + value
  }

  mutating func field(_ name: String, _ value: String) {
    raw(name, Self.quoted(value))
  }

  /// ``JSONText/quoted(_:)``, with text that needs no escape (most of a plan) put between
  /// quotes as it is: the same output, without building it scalar by scalar.
  static func quoted(_ value: String) -> String {
    let plain = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
    if plain { return "\"" + value + "\"" }
    let needsEscape = value.unicodeScalars.contains { scalar in
      scalar == "\"" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x2028
        || scalar.value == 0x2029 || TextSafety.isUnsafe(scalar, allowingLineBreaks: false)
    }
    return needsEscape ? JSONText.quoted(value) : "\"" + value + "\""
  }

  mutating func optional(_ name: String, _ value: String?) {
    if let value { field(name, value) }
  }

  mutating func strings(_ name: String, _ values: [String]) {
    raw(name, "[" + values.map { Self.quoted($0) }.joined(separator: ", ") + "]")
  }

  mutating func object(_ name: String, _ body: (inout JSONWriter) -> Void) {
    separate()
    text += Self.quoted(name) + ": "
    open("{")
    body(&self)
    close("}")
  }

  mutating func array(_ name: String, _ body: (inout JSONWriter) -> Void) {
    separate()
    text += Self.quoted(name) + ": "
    open("[")
    body(&self)
    if first[first.count - 1] {
      depth -= 1
      first.removeLast()
      text += "]"
    } else {
      close("]")
    }
  }

  /// An element of an array, written over several lines.
  mutating func objectElement(_ body: (inout JSONWriter) -> Void) {
    separate()
    open("{")
    body(&self)
    close("}")
  }

  /// An element of an array, written on one line.
  mutating func inlineObject(_ body: (inout JSONWriter) -> Void) {
    separate()
    inlineBody(body)
  }

  /// A named field whose value is an object written on one line.
  mutating func inlineObjectField(_ name: String, _ body: (inout JSONWriter) -> Void) {
    separate()
    text += Self.quoted(name) + ": "
    inlineBody(body)
  }

  private mutating func inlineBody(_ body: (inout JSONWriter) -> Void) {
    text += "{"
    depth += 1
    first.append(true)
    inline += 1
    body(&self)
    inline -= 1
    depth -= 1
    first.removeLast()
    text += " }"
  }
}
