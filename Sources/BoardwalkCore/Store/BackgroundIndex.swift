import Dispatch
import Foundation

/// An index built on another thread as soon as it is made; reading it waits for the build
/// only if it is not finished yet. The screen's first frame does not wait for indexes it
/// does not draw (text search, owners).
final class BackgroundIndex<Index: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var built: Index?

  init(_ build: @escaping @Sendable () -> Index) {
    DispatchQueue.global(qos: .userInitiated).async {
      let index = build()
      self.condition.lock()
      self.built = index
      self.condition.broadcast()
      self.condition.unlock()
    }
  }

  /// The index, once built.
  var value: Index {
    condition.lock()
    defer { condition.unlock() }
    while built == nil { condition.wait() }
    return built.unsafelyUnwrapped
  }
}
