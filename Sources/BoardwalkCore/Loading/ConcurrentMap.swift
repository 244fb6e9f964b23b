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

  /// `transform` of each element, computed several at a time by one worker a core; each
  /// worker makes one `context` (a buffer, say) with `makeContext` and hands it to every
  /// element it takes. Workers take the next element as they finish one, so a long element
  /// does not hold the others back.
  public static func map<Input: RandomAccessCollection, Context, Output: Sendable>(
    _ input: Input, withEach makeContext: @Sendable () -> Context,
    _ transform: @Sendable (Input.Element, Context) -> Output
  ) -> [Output] where Input: Sendable, Input.Index == Int {
    let slots = Slots<Output>(count: input.count)
    let next = Counter()
    let workers = min(input.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let context = makeContext()
      while let offset = next.take(below: input.count) {
        slots.set(offset, transform(input[input.startIndex + offset], context))
      }
    }
    return slots.values
  }

  /// The next offset to work on, handed to one worker only.
  private final class Counter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func take(below count: Int) -> Int? {
      lock.withLock {
        guard next < count else { return nil }
        defer { next += 1 }
        return next
      }
    }
  }

  /// `first` and `second` run at the same time, each on a core of its own when there are two:
  /// two pieces of work that do not depend on each other (a meeting's journal and its plans).
  public static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let one = Slots<First>(count: 1)
    let other = Slots<Second>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 { one.set(0, first()) } else { other.set(0, second()) }
    }
    // Both slots are filled: concurrentPerform returns when both parts have.
    return (one.values[0], other.values[0])
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
