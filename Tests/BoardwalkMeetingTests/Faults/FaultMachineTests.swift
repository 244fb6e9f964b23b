import BoardwalkTestSupport
import Foundation
import Testing

/// The full-disk and read-only tests skip themselves where this machine cannot make those
/// faults (a tmpfs needs root; root needs `chattr +i`). CI sets BOARDWALK_REQUIRE_FAULTS=1
/// when it runs as root, so a skip there is a failure, not a quiet pass.
@Suite("the machine can make the faults the fault tests need")
struct FaultMachineTests {
  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["BOARDWALK_REQUIRE_FAULTS"] == "1"
  }

  @Test(
    "a small disk can be mounted and filled, and a folder made read-only even to root",
    .enabled(if: isRequired, "BOARDWALK_REQUIRE_FAULTS=1 makes the fault tests required"))
  func faultsCanBeMade() {
    #expect(
      SmallDisk.isAvailable,
      "mounting a tmpfs failed: run the tests as root (CAP_SYS_ADMIN) to test a full disk")
    #expect(
      ReadOnly.isPossible,
      "chattr +i failed: install e2fsprogs, or run the tests as an ordinary user")
  }
}
