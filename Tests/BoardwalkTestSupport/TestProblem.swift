/// A test set-up step that could not be done: a disk not mounted, a folder not made
/// read-only, a helper program that failed.
public struct TestProblem: Error, CustomStringConvertible {
  public let description: String

  public init(_ description: String) { self.description = description }
}
