import Foundation

/// An index of a store built once, by its first reader, on the reader's thread; readers at
/// the same time wait for it. A screen starts the build on a background queue as soon as it
/// has drawn its first frame (``PlanStore/prepareIndexes()``); a command that never reads it
/// never pays.
final class LazyIndex<Index: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var built: Index?
  /// The build still to run on the first read.
  private var pending: (@Sendable () -> Index)?

  init(_ build: @escaping @Sendable () -> Index) {
    pending = build
  }

  /// The index, built now if no reader has built it yet.
  var value: Index {
    condition.lock()
    defer { condition.unlock() }
    if built == nil, let build = pending {
      built = build()
      pending = nil
    }
    return built.unsafelyUnwrapped
  }
}
