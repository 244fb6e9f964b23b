import BoardwalkCore
import Foundation

/// What a status word, letter or fill colour means: the level it becomes.
public struct StatusMeaning: Sendable, Hashable {
  /// The level key (`on-track`).
  public var key: String
  /// The RAG class.
  public var rag: RAGClass
  /// Whether the action is finished at this level.
  public var isDone: Bool
  /// The label to show when the source has no words of its own (a letter, a colour).
  public var label: String?

  public init(key: String, rag: RAGClass, isDone: Bool = false, label: String? = nil) {
    self.key = key
    self.rag = rag
    self.isDone = isDone
    self.label = label
  }

  /// Where the level stands in the scale: not started first, then red to blue.
  var rank: Int {
    switch rag {
    case .grey: isDone ? 50 : 0
    case .red: 10
    case .amber: 20
    case .green: isDone ? 45 : 30
    case .blue: 40
    case .unrated: 60
    }
  }
}

/// The status words Boardwalk knows without being told: those of the five seed plans (Hull's
/// RAGP words, Oxfordshire's BRAG colours, the Suffolk strategy's key, the Suffolk review's
/// progress words) and those trackers commonly use. Compared as headings are: lower case,
/// letters and digits, single spaces.
public enum StatusVocabulary {
  private static let entries: [String: StatusMeaning] = {
    var table: [String: StatusMeaning] = [:]
    func add(_ rag: RAGClass, done: Bool = false, _ words: [String], key: String? = nil) {
      for word in words {
        table[word] = StatusMeaning(key: key ?? slug(word), rag: rag, isDone: done)
      }
    }
    table["r"] = StatusMeaning(key: "red", rag: .red, label: "Red")
    table["a"] = StatusMeaning(key: "amber", rag: .amber, label: "Amber")
    table["g"] = StatusMeaning(key: "green", rag: .green, label: "Green")
    table["b"] = StatusMeaning(key: "blue", rag: .blue, isDone: true, label: "Blue")
    table["c"] = StatusMeaning(key: "complete", rag: .blue, isDone: true, label: "Complete")
    add(.red, ["red"])
    add(.amber, ["amber"])
    add(.amber, ["yellow"], key: "amber")
    add(.green, ["green"])
    add(.blue, done: true, ["blue"])
    add(
      .red,
      [
        "off track", "off target", "not on track", "significant concerns", "major concerns",
        "serious concerns", "critical", "blocked", "not achieved", "failed", "significant risk",
      ])
    add(.red, ["behind"], key: "off-track")
    add(.red, ["amber red", "red amber"], key: "amber-red")
    add(.green, ["amber green", "green amber"], key: "amber-green")
    add(
      .amber,
      [
        "at risk", "some concerns", "minor concerns", "delayed", "slipped", "slipping",
        "behind schedule", "some risk", "on track with some concerns", "needs attention",
      ])
    add(.amber, ["on track some concerns"], key: "some-concerns")
    add(
      .green,
      [
        "on track", "on target", "in progress", "progressing", "good progress", "on schedule",
        "no concerns", "in review",
      ])
    add(.green, ["on track no concerns"], key: "on-track")
    add(
      .blue, done: true,
      [
        "complete", "completed", "closed", "achieved", "delivered", "finished", "embedded",
        "business as usual", "bau", "completed business as usual", "complete embedded",
      ])
    add(.blue, done: true, ["done"], key: "complete")
    add(.blue, done: true, ["action completed"], key: "completed")
    add(.blue, done: true, ["completed embedded sustained", "completed embedded"], key: "embedded")
    add(
      .grey,
      [
        "not started", "not yet started", "not due", "timing changed", "still doing", "on hold",
        "paused", "planned", "deferred", "future", "not yet due", "scheduled", "to do", "todo",
        "backlog", "open",
      ])
    add(.grey, ["not due yet"], key: "not-due")
    return table
  }()

  /// Words that mean no rating at all.
  static let unrated: Set<String> = [
    "n a", "na", "not applicable", "not rated", "unrated", "tbc", "tba", "none", "no rating",
  ]

  /// The meaning of a status written in a cell, when Boardwalk knows the words: the words
  /// themselves, or words joined to a known rating ("Green - on track", "Complete (Blue)")
  /// whose known parts agree on the class.
  public static func meaning(of words: String) -> StatusMeaning? {
    let normal = HeaderVocabulary.normalise(words)
    if let meaning = entries[normal] { return meaning }
    let pieces = words.split { "-–—()/:,;".contains($0) }.map {
      HeaderVocabulary.normalise(String($0))
    }.filter { !$0.isEmpty }
    guard pieces.count > 1 else { return nil }
    let known = pieces.compactMap { entries[$0] }
    guard let first = known.first, known.allSatisfy({ $0.rag == first.rag }) else { return nil }
    return StatusMeaning(
      key: slug(words), rag: first.rag, isDone: known.contains(where: \.isDone))
  }

  /// Whether the words mean the action has no rating ("N/A", "TBC").
  public static func meansUnrated(_ words: String) -> Bool {
    let normal = HeaderVocabulary.normalise(words)
    return normal.isEmpty || unrated.contains(normal)
  }

  /// The class a fill colour shows: Excel's standard and near-standard reds, ambers and
  /// yellows, greens and blues; `nil` for white, greys, black and colours far from these.
  public static func rag(ofFill color: RGBColor) -> RAGClass? {
    let (hue, saturation, lightness) = color.hsl
    guard saturation >= 0.25, lightness >= 0.12, lightness <= 0.92 else { return nil }
    switch hue {
    case 0..<16, 335..<360: return .red
    case 16..<70: return .amber
    case 70..<170: return .green
    case 175..<260: return .blue
    default: return nil
    }
  }

  /// The level a fill colour alone means.
  static func meaning(ofFill color: RGBColor) -> StatusMeaning? {
    rag(ofFill: color).map { rag in
      StatusMeaning(key: rag.rawValue, rag: rag, isDone: rag == .blue, label: rag.title)
    }
  }

  /// A level key made from words: lower case letters and digits joined by `-`.
  public static func slug(_ words: String) -> String {
    let normal = HeaderVocabulary.normalise(words)
    var key = ""
    for character in normal {
      if character == " " {
        key.append("-")
      } else if character.isASCII {
        key.append(character)
      }
    }
    while let range = key.range(of: "--") { key.replaceSubrange(range, with: "-") }
    key = String(key.drop { $0 == "-" })
    while key.hasSuffix("-") { key.removeLast() }
    return key
  }
}
