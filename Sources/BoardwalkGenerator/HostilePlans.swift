import BoardwalkCore

/// Plan files of the shapes that once made Boardwalk slow, for the benchmark and for tests:
/// valid files whose size or nesting is extreme in one way.
public enum HostilePlans {
  /// A plan of three actions; the second one's title is a single word of `characters`
  /// letters (no space to wrap at).
  public static func longWord(characters: Int, layout: JSONLayout = .pretty) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    var word = ""
    word.reserveCapacity(max(0, characters))
    for index in 0..<max(0, characters) { word.append(letters[index % letters.count]) }
    var out = JSONOut(layout: layout)
    header(&out, id: "long-word", title: "One action with a \(characters)-character word")
    out.key("areas")
    out.open("[")
    area(&out, id: "A1", title: "Communication with families")
    out.close("]")
    out.key("actions")
    out.open("[")
    for (number, title) in ["Publish the Local Offer", word, "Review annual reviews"].enumerated() {
      out.open("{")
      out.field("id", "A1.\(number + 1)")
      out.field("area", "A1")
      out.field("title", title)
      out.array("owners", ["Head of SEND"])
      out.field("due", "2026-09-30")
      out.field("status", "amber")
      out.close("}")
    }
    out.close("]")
    out.close("}")
    return out.text + "\n"
  }

  /// A plan whose areas form one chain `depth` deep (each area's parent is the one before),
  /// with an action in the first area, one in the middle and one in the deepest.
  public static func areaChain(depth: Int, layout: JSONLayout = .pretty) -> String {
    let depth = max(1, depth)
    var out = JSONOut(layout: layout)
    header(&out, id: "area-chain", title: "Areas nested \(depth) deep")
    out.key("areas")
    out.open("[")
    for level in 1...depth {
      area(
        &out, id: "A\(level)", title: "Level \(level)", parent: level > 1 ? "A\(level - 1)" : nil)
    }
    out.close("]")
    out.key("actions")
    out.open("[")
    for (number, level) in [1, (depth + 1) / 2, depth].enumerated() {
      out.open("{")
      out.field("id", "X\(number + 1)")
      out.field("area", "A\(level)")
      out.field("title", "An action at level \(level)")
      out.array("owners", ["Head of SEND"])
      out.field("status", "red")
      out.close("}")
    }
    out.close("]")
    out.close("}")
    return out.text + "\n"
  }

  private static func header(_ out: inout JSONOut, id: String, title: String) {
    out.open("{")
    out.field("format", PlanFormat.identifier)
    out.key("plan")
    out.open("{")
    out.field("id", id)
    out.field("title", title)
    out.close("}")
  }

  private static func area(_ out: inout JSONOut, id: String, title: String, parent: String? = nil) {
    out.open("{", inline: true)
    out.field("id", id)
    out.field("title", title)
    if let parent { out.field("parent", parent) }
    out.close("}")
  }
}
