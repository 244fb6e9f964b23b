/// Actions counted per RAG class, overdue and in all, written as the tests expect them: one
/// row of `summary`, or the same numbers counted another way (from `list` output, say).
public struct Tally: Equatable, Sendable, CustomStringConvertible {
  public var red = 0
  public var amber = 0
  public var green = 0
  public var blue = 0
  public var grey = 0
  public var unrated = 0
  public var overdue = 0
  public var total = 0

  /// Counts not given are 0; `total` must be.
  public init(
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

  public var description: String {
    "red \(red) amber \(amber) green \(green) blue \(blue) grey \(grey) unrated \(unrated)"
      + " overdue \(overdue) total \(total)"
  }
}
