import Dispatch
import Foundation

/// A map run on every core, results in the order of the input: reading plan files, and
/// fingerprinting them, several at once.
public enum ConcurrentMap {
  /// `transform` of each element, computed several at a time.
  public static func map<Input: RandomAccessCollection, Output: Sendable>(
    _ input: Input, _ transform: @Sendable (Input.Element) -> Output
  ) -> [Output] where Input: Sendable, Input.Index == Int {
    let slots = Slots<Output>(count: input.count)
    DispatchQueue.concurrentPerform(iterations: input.count) { offset in
      slots.set(offset, transform(input[input.startIndex + offset]))
    }
    return slots.values
  }

  /// One slot per element, each written by exactly one iteration of the concurrent loop.
  private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
  }
}
