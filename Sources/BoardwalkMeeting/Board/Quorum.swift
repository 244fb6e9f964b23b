import BoardwalkCore

/// Whether a meeting is quorate: how many voting members are there (in person or through a
/// substitute), against the board's quorum.
public struct Quorum: Hashable, Sendable {
  /// Voting members present, each once (a member and their substitute count once).
  public let voting: Int
  /// How many make a quorum.
  public let required: Int

  public var isQuorate: Bool { voting >= required }

  /// The quorum of `board` with the attendance recorded so far.
  public init(board: Board, attendance: [Attendance]) {
    let members = Set(board.votingMembers.map { SearchFolding.fold($0.name) })
    var counted = Set<String>()
    for entry in attendance {
      switch entry.status {
      case .present:
        let name = SearchFolding.fold(entry.name)
        if members.contains(name) { counted.insert(name) }
      case .substitute:
        if let member = entry.substituteFor.map(SearchFolding.fold), members.contains(member) {
          counted.insert(member)
        }
      case .apologies, .absent, .inAttendance:
        continue
      }
    }
    voting = counted.count
    required = board.quorum
  }

  /// "Quorate: 4 of 6 voting members (quorum 4)" or "NOT QUORATE: 3 of 6 … (quorum 4)":
  /// words, so it reads without colour.
  public func words(members: Int) -> String {
    let counts = "\(voting) of \(members) voting members present (quorum \(required))"
    return isQuorate ? "Quorate: \(counts)" : "NOT QUORATE: \(counts)"
  }
}
