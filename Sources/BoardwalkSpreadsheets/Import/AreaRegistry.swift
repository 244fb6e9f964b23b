import BoardwalkCore
import Foundation

/// The areas a tracker names (by its sheets, section rows, area cells and area tables), in
/// the order it first names them, each with one id however it was written.
struct AreaRegistry {
  private(set) var areas: [PlanDocument.Area] = []
  /// Normalised names (as the tracker wrote them) to area ids.
  private var byName: [String: String] = [:]
  private var generated = 0
  /// What the tracker called each area, for the mapping file.
  private(set) var names: [(name: String, choice: ImportMapping.AreaChoice)] = []

  func index(ofID id: String) -> Int? {
    let lower = id.lowercased()
    return areas.firstIndex { $0.id.lowercased() == lower }
  }

  func hasArea(_ id: String) -> Bool { index(ofID: id) != nil }

  /// The id of the area `name` names, adding the area when it is new. `title` is a longer
  /// title from elsewhere (a sheet's title row); `kindHint` a kind the column heading gives.
  mutating func area(
    named rawName: String, title extraTitle: String? = nil, kindHint: String? = nil,
    mapping: ImportMapping
  ) -> String {
    let name = Tidy.line(rawName)
    let normal = HeaderVocabulary.normalise(name)
    if let id = byName[normal] {
      if let extraTitle, let index = index(ofID: id), areas[index].title == areas[index].id {
        areas[index].title = extraTitle
      }
      return id
    }
    var (id, title) = Self.parse(name)
    let choice = mapping.area(named: name) ?? id.flatMap { mapping.area(named: $0) }
    if id == nil {
      generated += 1
      id = "A\(generated)"
      while hasArea(id ?? "") {
        generated += 1
        id = "A\(generated)"
      }
    }
    let finalID = choice?.id ?? id ?? name
    let finalTitle = choice?.title ?? extraTitle.map(Self.withoutNumbering) ?? title ?? finalID
    let kind = choice?.kind ?? Self.kind(of: finalID) ?? kindHint
    byName[normal] = finalID
    // The mapping file names an area by its code when it has one ("2", not the heading).
    names.append(
      (
        title != nil ? (id ?? name) : name,
        ImportMapping.AreaChoice(id: finalID, title: finalTitle, kind: kind)
      ))
    if let index = index(ofID: finalID) {
      if areas[index].title == areas[index].id, finalTitle != finalID {
        areas[index].title = finalTitle
      }
      return areas[index].id
    }
    areas.append(PlanDocument.Area(id: finalID, kind: kind, title: finalTitle))
    return finalID
  }

  /// An area from an area table (or the workbook's own list): its title, kind and parent
  /// replace what was guessed.
  mutating func define(_ area: PlanDocument.Area) {
    byName[HeaderVocabulary.normalise(area.id)] = area.id
    if let index = index(ofID: area.id) {
      areas[index].title = area.title
      areas[index].kind = area.kind ?? areas[index].kind
      areas[index].parent = area.parent ?? areas[index].parent
      areas[index].lead = area.lead ?? areas[index].lead
      areas[index].description = area.description ?? areas[index].description
    } else {
      areas.append(area)
    }
  }

  /// Reads an area as trackers write it: a code and a title (`PAP 1: Communication`,
  /// `1. To work towards...`), a short name (`APA1`, `Priority 2`), or a long title alone
  /// (which gets a generated id).
  static func parse(_ name: String) -> (id: String?, title: String?) {
    let separators = [": ", " - ", " – ", " — ", ". ", ") "]
    for separator in separators {
      guard let range = name.firstRange(of: separator) else { continue }
      let code = name[..<range.lowerBound].trimmed
      let title = name[range.upperBound...].trimmed
      let words = code.split(separator: " ").count
      if !code.isEmpty, !title.isEmpty, code.count <= 24, words <= 3,
        code.contains(where: \.isNumber)
      {
        return (code.trimmed(of: [".", "(", ")"]), title)
      }
    }
    if name.count <= 24, name.split(separator: " ").count <= 4 { return (name, nil) }
    return (nil, name)
  }

  /// A title without the numbering a heading starts with (`1. `, `Priority 2: `).
  static func withoutNumbering(_ title: String) -> String {
    let (code, rest) = parse(title)
    if let rest, code != nil { return rest }
    return title
  }

  /// The kind an area's id shows: areas for improvement (`AfI2`) and for priority action
  /// (`APA1`, `PAP3`, `SP1`, `Priority 2`).
  static func kind(of id: String) -> String? {
    let normal = HeaderVocabulary.normalise(id)
    if normal.hasPrefix("afi") || normal.hasPrefix("area for improvement") { return "improvement" }
    for prefix in ["apa", "pap", "sp", "priority", "strategic priority", "area for priority"]
    where normal.hasPrefix(prefix) {
      let rest = normal.dropFirst(prefix.count)
      if rest.isEmpty || rest.first?.isNumber == true
        || (rest.first == " " && rest.dropFirst().first?.isNumber == true)
      {
        return "priority"
      }
    }
    return nil
  }
}
