/// One level of a rating scale: what an action's `status` can hold.
public struct RatingLevel: Sendable, Hashable {
  /// What a plan file's `status` holds, as the scale writes it.
  public let key: String
  /// The words shown to people.
  public let label: String
  public let rag: RAGClass
  /// The action is finished at this level and can no longer be overdue.
  public let isDone: Bool
  /// One line for the legend and the detail pane.
  public let definition: String?
  /// The level's label, followed by its RAG class in brackets only where the label does not
  /// already say it: "Amber", "Completed", "On track (green)", "Embedded (done)". For text
  /// that has no coloured badge beside it, such as minutes; never the scale's own keys.
  /// Worked out once, when the level is made: minutes write it for tens of thousands of
  /// actions.
  public let describedLabel: String

  public init(
    key: String, label: String, rag: RAGClass, isDone: Bool = false, definition: String? = nil
  ) {
    self.key = key
    self.label = label
    self.rag = rag
    self.isDone = isDone
    self.definition = definition
    describedLabel = Self.describedLabel(label: label, rag: rag, isDone: isDone)
  }
}

/// An ordered list of rating levels: `rag`, `brag`, `dca`, or one a plan defines.
public struct RatingScale: Sendable, Hashable {
  /// The most levels a scale may have (a board's scale has three to six); a level's
  /// position is stored in 16 bits.
  public static let maximumLevels = 100

  public let name: String
  public let levels: [RatingLevel]

  public init(name: String, levels: [RatingLevel]) {
    self.name = name
    self.levels = levels
  }

  /// The index of the level whose key is `key`, compared without regard to case.
  public func levelIndex(forKey key: String) -> Int? {
    if let exact = levels.firstIndex(where: { $0.key == key }) { return exact }
    let lower = key.lowercased()
    return levels.firstIndex { $0.key.lowercased() == lower }
  }

  /// The built-in scale with this name, if there is one.
  public static func builtIn(named name: String) -> RatingScale? {
    builtIn.first { $0.name == name.lowercased() }
  }

  /// Every built-in scale: `rag`, `brag` and `dca`.
  public static let builtIn: [RatingScale] = [rag, brag, dca]

  /// Red, amber, green, and complete (done).
  public static let rag = RatingScale(
    name: "rag",
    levels: [
      RatingLevel(
        key: "red", label: "Red", rag: .red, definition: "Off track: significant risk to delivery"),
      RatingLevel(
        key: "amber", label: "Amber", rag: .amber,
        definition: "Some risk to delivery; being managed"),
      RatingLevel(key: "green", label: "Green", rag: .green, definition: "On track"),
      RatingLevel(
        key: "complete", label: "Complete", rag: .blue, isDone: true, definition: "Action completed"
      ),
    ])

  /// Blue, red, amber, green with the definitions Oxfordshire's Priority Action Plan gives;
  /// green (completed) and blue (embedded) are done.
  public static let brag = RatingScale(
    name: "brag",
    levels: [
      RatingLevel(
        key: "red", label: "Red", rag: .red,
        definition: "Actions delayed and impact not being delivered"),
      RatingLevel(
        key: "amber", label: "Amber", rag: .amber,
        definition: "Actions on track and expected impact on track"),
      RatingLevel(
        key: "green", label: "Green", rag: .green, isDone: true,
        definition: "Action completed and early evidence of impact"),
      RatingLevel(
        key: "blue", label: "Blue", rag: .blue, isDone: true,
        definition: "Change is embedded, sustainable and ongoing evidence of impact"),
    ])

  /// Five-point delivery confidence; amber-red counts as red and amber-green as green.
  public static let dca = RatingScale(
    name: "dca",
    levels: [
      RatingLevel(
        key: "red", label: "Red", rag: .red,
        definition: "Successful delivery appears unachievable without major re-planning"),
      RatingLevel(
        key: "amber-red", label: "Amber/Red", rag: .red,
        definition: "Successful delivery is in doubt; urgent action needed"),
      RatingLevel(
        key: "amber", label: "Amber", rag: .amber,
        definition: "Delivery feasible but significant issues need management attention"),
      RatingLevel(
        key: "amber-green", label: "Amber/Green", rag: .green,
        definition: "Successful delivery probable; constant attention needed"),
      RatingLevel(
        key: "green", label: "Green", rag: .green,
        definition: "Successful delivery highly likely; no major outstanding issues"),
    ])
}

extension RatingLevel {
  /// ``describedLabel`` of a level with this label, class and doneness.
  private static func describedLabel(label: String, rag: RAGClass, isDone: Bool) -> String {
    let words = SearchFolding.fold(label).split { !$0.isLetter }
    let says: Bool
    let classText: String
    if isDone {
      classText = "done"
      // "Completed", "Closed", "Signed off", "Delivered": a word of done at the start of one.
      let doneWords = ["done", "complet", "closed", "achiev", "deliver", "blue", "finish"]
      says =
        words.contains { word in doneWords.contains { word.hasPrefix($0) } }
        || zip(words, words.dropFirst()).contains { $0 == "signed" && $1 == "off" }
    } else {
      classText = rag.title.lowercased()
      says = words.contains { $0 == classText }
    }
    return rag == .unrated || says ? label : "\(label) (\(classText))"
  }
}
