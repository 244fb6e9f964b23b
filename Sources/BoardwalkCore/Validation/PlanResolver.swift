/// Turns a ``DecodedPlan`` into a ``Plan`` and its actions: resolves the scale, area,
/// parent, link and status references, checks uniqueness and the rules that need the whole
/// file, and records every problem.
struct PlanResolver {
  typealias Problem = PlanFileDecoder.Problem

  private(set) var problems: [Problem] = []

  /// The plan and its actions, or `nil` when the file has errors (they are in ``problems``).
  mutating func resolve(_ decoded: DecodedPlan, file: String, planIndex: Int = 0) -> (
    plan: Plan, actions: [Action]
  )? {
    let errorsBefore = problems.filter { $0.severity == .error }.count
    checkFormat(decoded.format)
    let scale = resolveScale(decoded)
    let areas = resolveAreas(decoded.areas)
    let actions = resolveActions(
      decoded.actions, areas: areas, declaredAreaIDs: decoded.areas.compactMap(\.id?.value),
      scale: scale, text: decoded.text, planIndex: planIndex)
    guard problems.filter({ $0.severity == .error }).count == errorsBefore,
      let header = decoded.header, let id = header.id?.value, let title = header.title,
      let scale, let areas, let actions
    else { return nil }
    let plan = Plan(
      id: id, title: title, organisation: header.organisation, source: header.source,
      isFictional: header.fictional, scale: scale,
      areas: areas, file: file)
    return (plan, actions)
  }

  // MARK: Format

  private mutating func checkFormat(_ format: DecodedPlan.Located<String>?) {
    guard let format, format.value != PlanFormat.identifier else { return }
    if format.value.hasPrefix("boardwalk-plan/") {
      report(
        .error, at: format.offset, "/format",
        "this file is \(format.value); this version of Boardwalk reads \(PlanFormat.identifier) (use a Boardwalk that reads \(format.value))"
      )
    } else {
      report(
        .error, at: format.offset, "/format",
        "\"format\" must be \"\(PlanFormat.identifier)\"; write exactly that")
    }
  }

  // MARK: Scales

  private mutating func resolveScale(_ decoded: DecodedPlan) -> RatingScale? {
    var custom: [String: RatingScale] = [:]
    for scale in decoded.scales {
      let pointer = "/scales/" + JSONPointer.escape(scale.name.value)
      if RatingScale.builtIn(named: scale.name.value) != nil {
        report(
          .error, at: scale.name.offset, pointer,
          "\"\(scale.name.value)\" is a built-in scale and cannot be redefined; give this scale another name"
        )
        continue
      }
      if let levels = resolveLevels(scale, pointer: pointer) {
        custom[scale.name.value.lowercased()] = RatingScale(name: scale.name.value, levels: levels)
      }
    }
    let name = decoded.header?.scale
    let wanted = name?.value ?? "rag"
    if let found = RatingScale.builtIn(named: wanted) ?? custom[wanted.lowercased()] {
      return found
    }
    if let name,
      !decoded.scales.contains(where: { $0.name.value.lowercased() == wanted.lowercased() })
    {
      let known = (RatingScale.builtIn.map(\.name) + decoded.scales.map(\.name.value)).joined(
        separator: ", ")
      report(
        .error, at: name.offset, "/plan/scale",
        "scale \"\(wanted)\" is neither built in nor defined under \"scales\" (known: \(known)); use one of them, or define it under \"scales\""
      )
    }
    return nil
  }

  private mutating func resolveLevels(_ scale: DecodedPlan.Scale, pointer: String) -> [RatingLevel]?
  {
    guard scale.isArray else { return nil }
    if scale.levels.isEmpty {
      report(
        .error, at: scale.name.offset, pointer,
        "scale \"\(scale.name.value)\" has no levels; give it at least one")
      return nil
    }
    if scale.levels.count > RatingScale.maximumLevels {
      report(
        .error, at: scale.levels[RatingScale.maximumLevels].offset,
        "\(pointer)/\(RatingScale.maximumLevels)",
        "scale \"\(scale.name.value)\" has \(scale.levels.count) levels; a rating scale may have at most \(RatingScale.maximumLevels): merge levels, or rate in words in the updates"
      )
      return nil
    }
    var levels: [RatingLevel] = []
    var firstUse: [String: Int] = [:]
    var valid = true
    for (index, level) in scale.levels.enumerated() {
      let levelPointer = "\(pointer)/\(index)"
      guard let key = level.key, let label = level.label, let ragText = level.rag else {
        valid = false
        continue
      }
      let lowerKey = key.value.lowercased()
      if !PlanFormat.isKey(key.value) {
        report(
          .error, at: key.offset, levelPointer + "/key",
          "level key \"\(key.value)\" may hold only letters, digits, '.', '_' and '-', starting with a letter or digit; rename it"
        )
        valid = false
      }
      if ["unrated", "done", "open"].contains(lowerKey) {
        report(
          .error, at: key.offset, levelPointer + "/key",
          "\"\(key.value)\" is reserved by the filter grammar (status:\(lowerKey)); choose another key"
        )
        valid = false
      }
      if let earlier = firstUse[lowerKey] {
        report(
          .error, at: key.offset, levelPointer + "/key",
          "key \"\(key.value)\" is already used by level \(earlier) of this scale; rename one of them (keys must be unique, whatever their case)"
        )
        valid = false
      } else {
        firstUse[lowerKey] = index
      }
      guard let rag = RAGClass(rawValue: ragText.value.lowercased()), rag != .unrated else {
        report(
          .error, at: ragText.offset, levelPointer + "/rag",
          "\"\(ragText.value)\" is not a RAG class (use red, amber, green, blue or grey)")
        valid = false
        continue
      }
      if let named = RAGClass(rawValue: lowerKey), named != .unrated, named != rag {
        report(
          .error, at: key.offset, levelPointer + "/key",
          "key \"\(key.value)\" names the RAG class \(named.rawValue) but the level's class is \(rag.rawValue); rename the key or change \"rag\""
        )
        valid = false
      }
      levels.append(
        RatingLevel(
          key: key.value, label: label, rag: rag, isDone: level.done, definition: level.definition))
    }
    return valid ? levels : nil
  }

  // MARK: Areas

  private mutating func resolveAreas(_ decoded: [DecodedPlan.DecodedArea]) -> [Area]? {
    var indexByID: [String: Int] = [:]
    var valid = true
    for (position, area) in decoded.enumerated() {
      guard let id = area.id else {
        valid = false
        continue
      }
      let lower = id.value.lowercased()
      if let earlier = indexByID[lower] {
        report(
          .error, at: id.offset, "/areas/\(area.index)/id",
          "area id \"\(id.value)\" is already used by /areas/\(decoded[earlier].index); rename one of them (area ids must be unique in a plan, whatever their case)"
        )
        valid = false
      } else {
        indexByID[lower] = position
      }
    }
    var parents: [Int?] = Array(repeating: nil, count: decoded.count)
    let ids = decoded.compactMap(\.id?.value)
    for (position, area) in decoded.enumerated() {
      guard let parent = area.parent else { continue }
      if let index = indexByID[parent.value.lowercased()] {
        parents[position] = index
      } else {
        report(
          .error, at: parent.offset, "/areas/\(area.index)/parent",
          "parent \"\(parent.value)\" names no area of this plan\(suggestion(parent.value, among: ids))"
        )
        valid = false
      }
    }
    // Levels and cycles in one pass over the parents, however deep the chain.
    let tree = AreaTree(parents: parents)
    for (position, area) in decoded.enumerated() {
      switch tree.levels[position] {
      case .inCycle:
        report(
          .error, at: area.parent?.offset ?? area.offset, "/areas/\(area.index)/parent",
          "area \"\(area.id?.value ?? "")\" is its own ancestor; change one of the parents (areas' parents must not form a cycle)"
        )
        valid = false
      case .level(let level) where level == PlanFormat.maximumAreaLevels + 1:
        // Reported once, at the first area too deep on its branch; those below it follow.
        let top = tree.tops[position].flatMap { decoded[$0].id?.value } ?? ""
        let parent = parents[position].flatMap { decoded[$0].id?.value } ?? ""
        report(
          .error, at: area.parent?.offset ?? area.offset, "/areas/\(area.index)/parent",
          "area \"\(area.id?.value ?? "")\" is nested \(level) levels deep (\(top) › … › \(parent) › \(area.id?.value ?? "")); areas may be nested at most \(PlanFormat.maximumAreaLevels) levels deep: give it a parent nearer the top"
        )
        valid = false
      case .level(let level) where level > PlanFormat.maximumAreaLevels:
        valid = false
      case .level, .belowCycle:
        break
      }
    }
    guard valid else { return nil }
    return decoded.enumerated().compactMap { position, area in
      guard let id = area.id?.value, let title = area.title else { return nil }
      return Area(
        id: id, kind: area.kind.map(AreaKind.init), title: title, parent: parents[position],
        lead: area.lead,
        description: area.description)
    }
  }

  // MARK: Actions

  private mutating func resolveActions(
    _ decoded: [DecodedPlan.DecodedAction], areas: [Area]?, declaredAreaIDs: [String],
    scale: RatingScale?, text: PlanText, planIndex: Int
  ) -> [Action]? {
    // References are checked against the ids the file declares, so one run reports every
    // problem, and an area with errors of its own (no title) is still an area to refer to.
    let areaIDs = declaredAreaIDs
    // `areas` is nil only when some area has errors, so then the plan does have areas.
    let hasNoAreas = areaIDs.isEmpty && areas != nil
    var areaIndex: [String: Int] = [:]
    for (index, id) in areaIDs.enumerated() { areaIndex[id.lowercased()] = index }
    var firstUse: [String: Int] = [:]
    firstUse.reserveCapacity(decoded.count)
    var actions: [Action] = []
    actions.reserveCapacity(decoded.count)
    var valid = areas != nil && scale != nil
    // Level keys, as written and lower-cased, for status lookups.
    var levelByKey: [String: Int] = [:]
    for (index, level) in (scale?.levels ?? []).enumerated() {
      levelByKey[level.key] = index
      levelByKey[level.key.lowercased()] = index
    }
    for action in decoded {
      // Built only when a message needs it: most actions have no problem.
      func pointer() -> String { "/actions/\(action.index)" }
      if let id = action.id {
        let lower = id.value.lowercased()
        if let earlier = firstUse[lower] {
          report(
            .error, at: id.offset, pointer() + "/id",
            "action id \"\(id.value)\" is already used by /actions/\(earlier); rename one of them (action ids must be unique in a plan, whatever their case)"
          )
          valid = false
        } else {
          firstUse[lower] = action.index
        }
      }
      var area: Int?
      var links: [Int] = []
      area = action.area.flatMap { reference in
        resolveArea(
          reference, in: areaIndex, ids: areaIDs, pointer: pointer() + "/area",
          empty: hasNoAreas)
      }
      for (position, link) in action.links.enumerated() {
        if let index = resolveArea(
          link, in: areaIndex, ids: areaIDs, pointer: "\(pointer())/links/\(position)",
          empty: hasNoAreas)
        {
          links.append(index)
        }
      }
      if action.area != nil, area == nil { valid = false }
      if links.count != action.links.count { valid = false }
      var status: Int?
      var updates: [StoredUpdate] = []
      updates.reserveCapacity(action.updates.count)
      if let scale {
        if let key = action.status {
          status = resolveStatus(key, in: scale, levels: levelByKey, pointer: pointer() + "/status")
          if status == nil { valid = false }
        }
        for (position, update) in action.updates.enumerated() {
          var updateStatus: Int?
          if let key = update.status {
            updateStatus = resolveStatus(
              key, in: scale, levels: levelByKey, pointer: "\(pointer())/updates/\(position)/status"
            )
            if updateStatus == nil { valid = false }
          }
          if let date = update.date {
            updates.append(StoredUpdate(date: date, status: updateStatus, text: update.text))
          }
        }
      }
      checkWarnings(action, pointer: pointer())
      guard let id = action.id?.value, let title = action.title, let area else {
        valid = false
        continue
      }
      actions.append(
        Action(
          plan: planIndex, id: id, area: area, links: links, owners: action.owners,
          start: action.start,
          due: action.due?.value,
          status: status, sources: action.sources, isConfidential: action.isConfidential,
          text: text, title: title,
          objective: action.objective, dueText: action.dueText, outcomes: action.outcomes,
          measures: action.measures,
          evidence: action.evidence, milestones: action.milestones, updates: updates))
    }
    return valid ? actions : nil
  }

  private mutating func checkWarnings(
    _ action: DecodedPlan.DecodedAction, pointer: @autoclosure () -> String
  ) {
    if let start = action.start, let due = action.due, let dueDate = due.value.calendarDate,
      start.date > dueDate
    {
      report(
        .warning, at: due.offset, pointer() + "/due",
        "due \(due.value.written) is before start \(start.written); check both dates")
    }
    if action.owners.isEmpty, action.id != nil {
      report(
        .warning, at: action.offset, pointer(),
        "action \"\(action.id?.value ?? "")\" has no owner; add its lead under \"owners\"")
    }
  }

  private mutating func resolveArea(
    _ reference: DecodedPlan.Located<String>, in index: [String: Int], ids: [String],
    pointer: @autoclosure () -> String, empty: Bool
  ) -> Int? {
    if let found = index[reference.value.lowercased()] { return found }
    let help =
      empty
      ? " (the plan has no areas: add it under \"areas\")" : suggestion(reference.value, among: ids)
    report(
      .error, at: reference.offset, pointer(),
      "\"\(reference.value)\" names no area of this plan\(help)")
    return nil
  }

  private mutating func resolveStatus(
    _ key: DecodedPlan.Located<String>, in scale: RatingScale, levels: [String: Int],
    pointer: @autoclosure () -> String
  ) -> Int? {
    if let index = levels[key.value] ?? levels[key.value.lowercased()] { return index }
    let keys = scale.levels.map(\.key).joined(separator: ", ")
    report(
      .error, at: key.offset, pointer(),
      "status \"\(key.value)\" is not a level of the plan's scale \"\(scale.name)\" (use one of its levels: \(keys))"
    )
    return nil
  }

  /// "Did you mean" for a reference that names no area: the closest id, or a list of ids.
  /// Each wrong name is looked up once, and a file full of wrong names stops looking once
  /// it has compared a million pairs: the help stays, the time stays bounded.
  private mutating func suggestion(_ wrong: String, among ids: [String]) -> String {
    let lower = wrong.lowercased()
    if let known = suggestions[lower] { return known }
    var best: (id: String, distance: Int)?
    if comparisonsLeft >= ids.count, lower.unicodeScalars.count <= 64 {
      comparisonsLeft -= ids.count
      for id in ids {
        let candidate = id.lowercased()
        let allowed = max(1, id.count / 3)
        // Lengths further apart than that cannot be close enough.
        guard abs(candidate.unicodeScalars.count - lower.unicodeScalars.count) <= allowed,
          candidate.unicodeScalars.count <= 64
        else { continue }
        let distance = EditDistance.between(lower, candidate)
        if distance <= allowed, distance < (best?.distance ?? .max) { best = (id, distance) }
      }
    }
    let text: String
    if let best {
      text = " (did you mean \"\(best.id)\"?)"
    } else if ids.isEmpty {
      text = " (no area of the plan has a usable id: fix the areas first)"
    } else {
      let shown = ids.prefix(12).joined(separator: ", ")
      text = " (use one of the plan's areas: \(shown)\(ids.count > 12 ? ", ..." : ""))"
    }
    suggestions[lower] = text
    return text
  }

  /// Suggestions already made, by the wrong name lower-cased.
  private var suggestions: [String: String] = [:]
  /// Name comparisons still allowed in this file.
  private var comparisonsLeft = 1_000_000

  private mutating func report(
    _ severity: Diagnostic.Severity, at offset: Int, _ pointer: String, _ message: String
  ) {
    problems.append(Problem(severity: severity, offset: offset, pointer: pointer, message: message))
  }
}
