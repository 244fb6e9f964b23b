import BoardwalkCore

/// Writes valid plan files of realistic shape and size, the same for the same seed.
///
/// The standard profile: titles of 60 to 300 characters, one to three owners from a pool of
/// a few hundred, 5 to 20 areas per plan with links, dates over three years, statuses over
/// every scale, update histories, and some non-ASCII text (about 1,200 bytes an action).
/// The small profile: the few fields a tracker export carries (about 300 bytes an action),
/// a third of the actions without an owner. Distinct owners: small actions, each with its
/// own owners, never repeated (a million owners over 100,000 actions).
public struct PlanGenerator {
  /// What the generated actions look like.
  public enum Profile: Hashable, Sendable {
    case standard
    case small
    /// Small actions, each with this many owners that no other action has.
    case distinctOwners(perAction: Int)
  }

  public let actions: Int
  public let plans: Int
  public let seed: UInt64
  public let profile: Profile
  public let layout: JSONLayout

  public init(
    actions: Int, plans: Int, seed: UInt64, profile: Profile = .standard,
    layout: JSONLayout = .pretty
  ) {
    self.actions = max(0, actions)
    self.plans = max(1, plans)
    self.seed = seed
    self.profile = profile
    self.layout = layout
  }

  /// The plan files: (file name, contents).
  public func files() -> [(name: String, text: String)] {
    var random = SeededRandom(seed: seed)
    let owners = ownerPool(&random)
    let digits = String(plans).count
    return (0..<plans).map { index in
      let count = actions / plans + (index < actions % plans ? 1 : 0)
      let number = String(index + 1)
      let name =
        "plan-" + String(repeating: "0", count: max(0, digits - number.count)) + number + ".json"
      let first = index * (actions / plans) + min(index, actions % plans)
      let text =
        profile == .standard
        ? plan(index, actions: count, owners: owners, random: &random)
        : smallPlan(index, actions: count, firstAction: first, owners: owners, random: &random)
      return (name, text)
    }
  }

  private func ownerPool(_ random: inout SeededRandom) -> [String] {
    var pool = Set<String>()
    while pool.count < 300 {
      var name = "\(random.pick(Vocabulary.roleHeads)) \(random.pick(Vocabulary.roleSubjects))"
      if random.chance(0.5) { name += " (\(random.pick(Vocabulary.places)))" }
      pool.insert(name)
    }
    return pool.sorted()
  }

  private static let scales: [(name: String, keys: [String])] = [
    ("rag", ["red", "amber", "green", "complete"]), ("brag", ["red", "amber", "green", "blue"]),
    ("dca", ["red", "amber-red", "amber", "amber-green", "green"]),
    ("progress", ["not-started", "on-track", "some-concerns", "off-track", "embedded"]),
  ]

  private func plan(_ index: Int, actions count: Int, owners: [String], random: inout SeededRandom)
    -> String
  {
    let scale = Self.scales[index % Self.scales.count]
    var out = JSONOut(layout: layout)
    out.open("{")
    out.field("format", PlanFormat.identifier)
    out.key("plan")
    out.open("{")
    out.field("id", "generated-\(index + 1)")
    out.field("title", "Generated SEND Priority Action Plan \(index + 1) (benchmark data)")
    out.field(
      "organisation", "\(random.pick(Vocabulary.places)) Local Area Partnership (generated)")
    out.field("source", "boardwalk generate, seed \(seed)")
    out.field("scale", scale.name)
    out.close("}")
    if scale.name == "progress" {
      out.key("scales")
      out.open("{")
      out.key("progress")
      out.open("[")
      let levels: [(String, String, String, Bool)] = [
        ("not-started", "Not started", "grey", false),
        ("on-track", "On track, no concerns", "green", false),
        ("some-concerns", "On track, some concerns", "amber", false),
        ("off-track", "Off track", "red", false),
        ("embedded", "Completed, embedded and sustained", "blue", true),
      ]
      for level in levels {
        out.open("{", inline: true)
        out.field("key", level.0)
        out.field("label", level.1)
        out.field("rag", level.2)
        if level.3 { out.raw("done", "true") }
        out.close("}")
      }
      out.close("]")
      out.close("}")
    }
    let areaCount = random.int(in: 5...20)
    let priorities = max(1, areaCount / 2)
    var areaIDs: [String] = []
    out.key("areas")
    out.open("[")
    for area in 0..<areaCount {
      let isPriority = area < priorities
      let id = isPriority ? "APA\(area + 1)" : "AfI\(area - priorities + 1)"
      areaIDs.append(id)
      out.open("{", inline: true)
      out.field("id", id)
      out.field("kind", isPriority ? "priority" : "improvement")
      out.field("title", random.pick(Vocabulary.areaThemes))
      out.close("}")
    }
    out.close("]")
    out.key("actions")
    out.open("[")
    var perArea = Array(repeating: 0, count: areaCount)
    for _ in 0..<count {
      let area = random.int(in: 0...(priorities - 1))
      perArea[area] += 1
      action(
        id: "\(areaIDs[area]).\(perArea[area])", area: areaIDs[area], areaIDs: areaIDs,
        priorities: priorities,
        scale: scale.keys, owners: owners, random: &random, into: &out)
    }
    out.close("]")
    out.close("}")
    return out.text + "\n"
  }

  private func action(
    id: String, area: String, areaIDs: [String], priorities: Int, scale: [String], owners: [String],
    random: inout SeededRandom, into out: inout JSONOut
  ) {
    out.open("{")
    out.field("id", id)
    out.field("area", area)
    if areaIDs.count > priorities, random.chance(0.6) {
      let links = (0..<random.int(in: 1...2)).map { _ in
        areaIDs[random.int(in: priorities...(areaIDs.count - 1))]
      }
      out.array("links", Array(Set(links)).sorted())
    }
    out.field("title", title(&random))
    out.array(
      "owners", Array(Set((0..<random.int(in: 1...3)).map { _ in random.pick(owners) })).sorted())
    let start = random.int(in: 0...700)
    out.field("start", day(start))
    switch random.int(in: 0...19) {
    case 0: out.field("due", "ongoing")
    case 1: out.field("due", "tbc")
    case 2: break
    case 3...6:
      let due = day(start + random.int(in: 30...400))
      out.field("due", String(due.prefix(7)))
      out.field(
        "dueText",
        "End of \(MonthName.full[(Int(due.dropFirst(5).prefix(2)) ?? 1) - 1]) \(due.prefix(4))")
    default: out.field("due", day(start + random.int(in: 30...400)))
    }
    let unrated = random.chance(0.1)
    if !unrated { out.field("status", random.pick(scale)) }
    if random.chance(0.4) {
      out.key("milestones")
      out.open("[")
      for step in 0..<random.int(in: 1...3) {
        out.open("{", inline: true)
        out.field("due", day(start + 60 * (step + 1)))
        out.field("text", "\(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects))")
        out.raw("done", random.chance(0.5) ? "true" : "false")
        out.close("}")
      }
      out.close("]")
    }
    out.field(
      "outcomes",
      "\(random.pick(Vocabulary.objects).capitalizedFirst) improve \(random.pick(Vocabulary.purposes))."
    )
    out.field("measures", random.pick(Vocabulary.measures))
    let updates = random.int(in: 0...4)
    if updates > 0 {
      out.key("updates")
      out.open("[")
      for step in 0..<updates {
        out.open("{", inline: true)
        out.field("date", day(start + 45 * (step + 1)))
        if !unrated { out.field("status", random.pick(scale)) }
        out.field(
          "text",
          "Progress: \(random.pick(Vocabulary.verbs).lowercased()) \(random.pick(Vocabulary.objects)) \(random.pick(Vocabulary.purposes))."
        )
        out.close("}")
      }
      out.close("]")
    }
    if random.chance(0.2) {
      out.array("sources", [random.pick(["SEF", "DBV", "Inspection 2025", "DfE stocktake"])])
    }
    if random.chance(0.02) { out.raw("confidential", "true") }
    out.close("}")
  }

  /// A plan of small actions: eight areas, and per action an id, area, title, owners (none
  /// for a third of them), start, due and the source's words for it, status, a measure, and
  /// for half of them a source.
  private func smallPlan(
    _ index: Int, actions count: Int, firstAction: Int, owners: [String],
    random: inout SeededRandom
  ) -> String {
    var out = JSONOut(layout: layout)
    out.open("{")
    out.field("format", PlanFormat.identifier)
    out.key("plan")
    out.open("{")
    out.field("id", "tracker-\(index + 1)")
    out.field("title", "Tracker export \(index + 1) (benchmark data)")
    out.field("scale", "rag")
    out.close("}")
    out.key("areas")
    out.open("[")
    for area in 1...8 {
      out.open("{", inline: true)
      out.field("id", "P\(area)")
      out.field("title", Vocabulary.areaThemes[area])
      out.close("}")
    }
    out.close("]")
    out.key("actions")
    out.open("[")
    for number in 0..<count {
      let area = number % 8 + 1
      out.open("{")
      out.field("id", "P\(area).\(number / 8 + 1)")
      out.field("area", "P\(area)")
      out.field(
        "title",
        "\(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects)) (\(random.pick(Vocabulary.places)))"
      )
      switch profile {
      case .distinctOwners(let perAction):
        let action = firstAction + number
        out.array(
          "owners",
          (0..<perAction).map {
            "Case officer \(action * perAction + $0 + 1) (\(random.pick(Vocabulary.places)))"
          })
      default:
        if number % 3 != 0 { out.array("owners", [random.pick(owners)]) }
      }
      let start = random.int(in: 0...700)
      out.field("start", day(start))
      let due = day(start + random.int(in: 30...400))
      out.field("due", due)
      out.field(
        "dueText",
        "End of \(MonthName.full[(Int(due.dropFirst(5).prefix(2)) ?? 1) - 1]) \(due.prefix(4))")
      out.field("status", random.pick(["red", "amber", "green", "complete"]))
      out.field("measures", random.pick(Vocabulary.measures))
      if random.chance(0.5) { out.array("sources", [random.pick(["SEF", "DBV", "WSoA"])]) }
      out.close("}")
    }
    out.close("]")
    out.close("}")
    return out.text + "\n"
  }

  private func title(_ random: inout SeededRandom) -> String {
    var text =
      "\(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects)) \(random.pick(Vocabulary.purposes))"
    let target = random.int(in: 60...300)
    while text.count < target {
      text += ", and \(random.pick(Vocabulary.objects)) \(random.pick(Vocabulary.purposes))"
    }
    if text.count > 300 { text = String(text.prefix(299)) + "." }
    return text
  }

  /// The date `offset` days after 1 January 2025.
  private func day(_ offset: Int) -> String {
    (CalendarDate(year: 2025, month: 1, day: 1) ?? CalendarDate(dayNumber: 0)).adding(days: offset)
      .description
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
