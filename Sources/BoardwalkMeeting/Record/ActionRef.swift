/// Names an action across a meeting: its plan's id and its own id. Stable while files are
/// edited, unlike an index into a store.
public struct ActionRef: Hashable, Sendable, Codable, CustomStringConvertible {
  public let plan: String
  public let action: String

  public init(plan: String, action: String) {
    self.plan = plan
    self.action = action
  }

  public var description: String { "\(plan) \(action)" }
}
