/// Counts per RAG class, overdue and total: one row of `summary`, or the same numbers
/// counted from `list` output.
struct Tally: Equatable, Sendable, CustomStringConvertible {
  var red = 0
  var amber = 0
  var green = 0
  var blue = 0
  var grey = 0
  var unrated = 0
  var overdue = 0
  var total = 0

  /// The numbers counted from listed actions.
  init(counting actions: [ListedAction]) {
    for action in actions {
      switch action.rag {
      case "red": red += 1
      case "amber": amber += 1
      case "green": green += 1
      case "blue": blue += 1
      case "grey": grey += 1
      default: unrated += 1
      }
      if action.overdue { overdue += 1 }
      total += 1
    }
  }

  init(
    red: Int = 0, amber: Int = 0, green: Int = 0, blue: Int = 0, grey: Int = 0,
    unrated: Int = 0, overdue: Int = 0, total: Int
  ) {
    self.red = red
    self.amber = amber
    self.green = green
    self.blue = blue
    self.grey = grey
    self.unrated = unrated
    self.overdue = overdue
    self.total = total
  }

  var description: String {
    "red \(red) amber \(amber) green \(green) blue \(blue) grey \(grey) unrated \(unrated)"
      + " overdue \(overdue) total \(total)"
  }
}
