/// The confidential text of the fixture meeting: what H2.2 (confidential in its plan),
/// AP-1 (marked confidential in the meeting) and AP-3 (raised in confidence) say.
enum ConfidentialText {
  static let inFixtureMeeting = [
    "Review the residential placement of a named young person",
    "Director of Children's Services",
    "The provider has given notice on the placement.",
    "Director to report to the next meeting in private session.",
    "Commission an alternative provision framework",
    "Preferred bidder is under investigation by the fraud team.",
    "Interim placements secured",
    "Review the alternative provision contract with legal advice",
    "Legal Services",
  ]
}
