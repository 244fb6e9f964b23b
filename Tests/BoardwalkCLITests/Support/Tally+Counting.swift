import BoardwalkTestSupport

extension Tally {
  /// The numbers counted from listed actions.
  init(counting actions: [ListedAction]) {
    self.init(total: 0)
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
}
