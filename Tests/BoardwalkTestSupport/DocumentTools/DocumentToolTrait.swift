import Testing

extension Trait where Self == ConditionTrait {
  /// Enables a test when every tool is installed, or when a requirement variable demands
  /// one (then its absence fails the test instead of skipping it).
  public static func requires(_ tools: DocumentTool...) -> Self {
    let missing = tools.filter { !$0.shouldRun }
    return .enabled(
      if: missing.isEmpty, Comment(rawValue: missing.map(\.skipReason).joined(separator: "; ")))
  }
}
