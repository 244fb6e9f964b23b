import BoardwalkTestSupport
import Testing

extension Trait where Self == ConditionTrait {
  /// Enables a test when a small tmpfs can be mounted (`SmallDisk.isAvailable`).
  static var needsSmallDisk: Self {
    .enabled(if: SmallDisk.isAvailable, "mounting a small tmpfs needs root")
  }
}
