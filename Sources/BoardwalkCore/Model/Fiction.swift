/// How a fictional plan (``Plan/isFictional``) reads wherever its actions are shown: the
/// same mark and the same words on screen, in `list` and in minutes, so that demonstration
/// data is never taken for a real area's plan.
public enum Fiction {
  /// After a fictional plan's id in plan columns and tags (`demo-northbrook*`); it reads
  /// without colour, and the legend explains it.
  public static let mark = "*"

  /// The legend's words for the mark.
  public static let legend = "\(mark) fictional plan"

  /// A plan's id as lists show it: marked when the plan is fictional.
  public static func listedID(of plan: Plan) -> String {
    plan.isFictional ? plan.id + mark : plan.id
  }

  /// A plan as a heading names it: its title, said to be fictional when the plan is and
  /// the title does not already say so.
  public static func named(_ plan: Plan) -> String {
    guard plan.isFictional, !SearchFolding.fold(plan.title).contains("fictional") else {
      return plan.title
    }
    return plan.title + " (fictional)"
  }

  /// The sentence that says how many of the actions listed come from fictional plans (`nil`
  /// when none do), as `list` prints it.
  public static func note(fictional: Int, of total: Int, plans: [String]) -> String? {
    guard fictional > 0 else { return nil }
    let verb = fictional == 1 ? "comes" : "come"
    let names = plans.joined(separator: ", ")
    return
      "\(fictional) of the \(total) action\(total == 1 ? "" : "s") \(verb) from a fictional plan (\(names)), marked \(mark): invented data, not a real area's"
  }
}
