import Dispatch
import Foundation

/// An index built on another thread as soon as it is made; reading it waits for the build
/// only if it is not finished yet. The screen's first frame does not wait for indexes it
/// does not draw (text search, owners). Made `onFirstRead`, it is built by the first reader
/// instead, so an index most runs never use costs them no time and no memory.
final class BackgroundIndex<Index: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var built: Index?
  /// The build still to run on the first read (`onFirstRead` only).
  private var pending: (@Sendable () -> Index)?

  init(_ build: @escaping @Sendable () -> Index) {
    DispatchQueue.global(qos: .userInitiated).async {
      let index = build()
      self.condition.lock()
      self.built = index
      self.condition.broadcast()
      self.condition.unlock()
    }
  }

  private init(pending build: @escaping @Sendable () -> Index) {
    pending = build
  }

  /// An index built by its first reader, on the reader's thread.
  static func onFirstRead(_ build: @escaping @Sendable () -> Index) -> BackgroundIndex {
    BackgroundIndex(pending: build)
  }

  /// The index, once built.
  var value: Index {
    condition.lock()
    defer { condition.unlock() }
    if built == nil, let build = pending {
      built = build()
      pending = nil
    }
    while built == nil { condition.wait() }
    return built.unsafelyUnwrapped
  }
}
